using System.Security.Claims;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Limits;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.RateLimiting;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.GraphQL.Telemetry;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Http;

/// <summary>
/// Executes one GraphQL request for any transport, with the server's limits applied: the caller's rate, the
/// document's size and shape (<see cref="DocumentGate"/>), validation with cost, then execution within the timeout.
/// Each operation that parses gets a span and its measurements (<see cref="OperationTelemetry"/>), and its name is
/// on every log line written while it runs.
/// </summary>
public sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, IOptions<GraphQLServerOptions> options,
    DocumentGate gate, DocumentCache documents, OperationRateLimiter rateLimiter, IHttpContextAccessor http,
    ILogger<GraphQLRequestExecutor> logger)
{
    /// <param name="queriesOnly">GET: only queries (and, when streaming, subscriptions) may run.</param>
    /// <param name="streaming">The transport can deliver a subscription's events (WebSocket or SSE).</param>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider requestServices, ClaimsPrincipal? user,
        bool queriesOnly, CancellationToken cancellationToken, bool streaming = false)
    {
        GraphQLMetrics.Requests.Add(1, new KeyValuePair<string, object?>("graphql.transport", streaming ? "stream" : "http"));
        var caller = Caller.Of(user, http.HttpContext);
        if (rateLimiter.TryOperation(caller) is { } overRate) return Refused(overRate, request.OperationName, user);
        var text = request.Query ?? "";
        var cached = documents.Find(text);
        if (cached == null)
        {
            var (parsed, refusal) = gate.Check(text);
            if (refusal != null) return Refused(refusal, request.OperationName, user);
            if (parsed != null) cached = documents.Add(text, parsed);
        }

        using var telemetry = OperationTelemetry.Start(cached?.Document, request.OperationName, text, user);
        using var logScope = logger.BeginScope(new OperationLogScope(telemetry.Name));
        var operationName = string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName;
        var validated = cached?.IsValidated(operationName) == true;
        var result = await ExecuteAsync(request, cached?.Document, validated, requestServices, user, caller,
            queriesOnly, streaming, telemetry, cancellationToken);
        // Ran: every rule passed, so the caller-independent ones need not run again for this text and operation.
        if (result.Executed && !validated) cached?.MarkValidated(operationName);
        telemetry.Complete(result);
        return result;
    }

    private static ExecutionResult Refused(ExecutionError error, string? operationName, ClaimsPrincipal? user)
    {
        OperationTelemetry.CountError(OperationLabels.For(operationName, user), error);
        return new ExecutionResult(error);
    }

    private async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, GraphQLParser.AST.GraphQLDocument? document,
        bool validated, IServiceProvider requestServices, ClaimsPrincipal? user, Caller caller, bool queriesOnly, bool streaming,
        OperationTelemetry telemetry, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ExecutionTimeout);
        bool TimedOut() => timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
        try
        {
            var result = await executer.ExecuteAsync(execution =>
            {
                execution.Query = request.Query;
                execution.Document = document;
                execution.OperationName = string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName;
                execution.Variables = request.Variables;
                execution.Extensions = request.Extensions;
                execution.RequestServices = requestServices;
                execution.User = user;
                execution.UserContext[Caller.UserContextKey] = caller;
                // Looked up here once: resolvers run in parallel, and each lookup in the request's scope takes its lock.
                execution.UserContext[DataLoaderScope.ContextKey] = requestServices.GetRequiredService<DataLoaderScope>();
                if (telemetry.Activity != null) execution.UserContext[OperationTelemetry.ContextKey] = telemetry.Activity.Context;
                // Set first: the data scope is the principal's, and read as nobody's it would be everyone's.
                requestServices.GetRequiredService<CurrentPrincipal>().User = user;
                if (streaming && AnswerKey.Of(request, user, requestServices.GetService<IDataScope>()?.Key) is { } answerKey)
                    execution.UserContext[SharedAnswers.ContextKey] = answerKey;
                execution.CancellationToken = timeout.Token;
                CallerCancellation.Remember(execution, cancellationToken);
                var rules = new List<IValidationRule>();
                // Rules that read only the document and the schema: passed once, passed for good.
                if (!validated)
                {
                    rules.AddRange(DocumentValidator.CoreRules);
                    if (!options.Value.EnableIntrospection) rules.Add(NoIntrospectionValidationRule.Instance);
                }
                // Rules of this caller, transport and variables: every time (cost is added by GraphQL.NET, always).
                rules.Add(new AuthorizationRule(user, options.Value.UndeclaredMutationRoles));
                rules.Add(new RestrictedInputFieldsRule(requestServices.GetService<IDataScope>()?.Restricted == true));
                rules.Add(TextInputRule.Instance);
                if (queriesOnly) rules.Add(new ReadOnlyOperationRule(allowSubscriptions: streaming));
                execution.ValidationRules = rules;
            });
            // Whatever failed once the time was up failed because of it (e.g. an interrupted SQL command).
            return TimedOut() && result.Errors is { Count: > 0 } ? TimeoutResult() : result;
        }
        catch (OperationCanceledException) when (TimedOut())
        {
            return TimeoutResult();
        }
    }

    private ExecutionResult TimeoutResult() => new(new CodedError(ErrorCodes.Timeout,
        $"The operation ran longer than the server allows ({options.Value.ExecutionTimeout.TotalSeconds:0.###} s) and was cancelled."));
}
