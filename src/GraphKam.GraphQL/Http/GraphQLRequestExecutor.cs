using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphKam.GraphQL.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Http;

/// <summary>Executes one GraphQL request for any transport, with the server's limits applied.</summary>
public sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, IOptions<GraphQLServerOptions> options)
{
    /// <param name="queriesOnly">GET: only queries (and, when streaming, subscriptions) may run.</param>
    /// <param name="streaming">The transport can deliver a subscription's events (WebSocket or SSE).</param>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider requestServices, ClaimsPrincipal? user,
        bool queriesOnly, CancellationToken cancellationToken, bool streaming = false) =>
        executer.ExecuteAsync(execution =>
        {
            execution.Query = request.Query;
            execution.OperationName = string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName;
            execution.Variables = request.Variables;
            execution.Extensions = request.Extensions;
            execution.RequestServices = requestServices;
            execution.User = user;
            requestServices.GetRequiredService<CurrentPrincipal>().User = user;
            execution.CancellationToken = cancellationToken;
            execution.Timeout = options.Value.ExecutionTimeout;
            var rules = DocumentValidator.CoreRules.Append(new AuthorizationRule(user, options.Value.UndeclaredMutationRoles))
                .Append(new RestrictedInputFieldsRule(requestServices.GetService<IDataScope>()?.Restricted == true));
            if (!options.Value.EnableIntrospection) rules = rules.Append(NoIntrospectionValidationRule.Instance);
            if (queriesOnly) rules = rules.Append(new ReadOnlyOperationRule(allowSubscriptions: streaming));
            execution.ValidationRules = rules.ToList();
        });
}
