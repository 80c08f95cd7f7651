using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Http;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Streaming;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.GraphQL.Telemetry;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Setup;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL engine with this library's conventions for <typeparamref name="TSchema"/>, whose data
    /// lives in <typeparamref name="TContext"/>: transports, loaders, Relay nodes, limits and safe errors (exception details only in Development).
    /// </summary>
    public static IServiceCollection AddGraphKamGraphQL<TSchema, TContext>(this IServiceCollection services,
        Action<GraphQLServerOptions> configure)
        where TSchema : class, ISchema where TContext : DbContext
    {
        services.Configure(configure);
        services.AddScoped<DataLoaderScope>();
        services.AddScoped<Security.CurrentPrincipal>();
        services.AddScoped<IDbContextSource, DbContextSource<TContext>>();
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<QueryType>();
        services.AddSingleton<MutationType>();
        services.AddSingleton<SubscriptionType>();
        services.AddSingleton<ITopicBus, InMemoryTopicBus>();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<Limits.DocumentGate>();
        services.AddSingleton<Limits.DocumentCache>();
        services.AddSingleton<RateLimiting.OperationRateLimiter>();
        services.AddHttpContextAccessor();
        services.AddSingleton<HttpRequestReader>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<OperationRunner>();
        services.AddSingleton<SubscriptionSlots>();
        services.AddSingleton<ProtocolMessages>();
        services.AddSingleton<ServerSentEvents>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        services.TryAddSingleton<IConnectionInitializer, AcceptingConnectionInitializer>();
        services.TryAddSingleton<Security.IPrincipalValidator, Security.AcceptingPrincipalValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient(typeof(Filtering.ListFilterInputType<>));
        services.AddTransient(typeof(Filtering.EnumOperationFilterInput<>));
        services.AddTransient(typeof(Mutations.ErrorGraphType<>));
        // Spans for validation and execution around GraphQL.NET's own (registered before it, so these are used).
        services.AddSingleton<IDocumentValidator>(new TracedDocumentValidator(new DocumentValidator()));
        services.AddSingleton<IExecutionStrategySelector>(provider => new TracedExecutionStrategySelector(
            new DefaultExecutionStrategySelector(provider.GetServices<ExecutionStrategyRegistration>())));

        services.AddGraphQL(builder => builder
            .AddSchema<TSchema>()
            // Chinese and other non-ASCII names are written as themselves, not as \u escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddGraphTypes(typeof(NodeInterface).Assembly)
            .AddGraphTypes(typeof(TSchema).Assembly)
            .AddErrorInfoProvider(services => new SafeErrorInfoProvider(services.GetRequiredService<IHostEnvironment>().IsDevelopment()))
            // Clients see a neutral INTERNAL_ERROR; the details go to the log.
            .AddUnhandledExceptionHandler(context =>
            {
                // A coded error (the event bus being down, say) is meant for the client as it is: nothing to correlate.
                if (context.OriginalException is ExecutionError) return;
                var services = context.ExecutionOptions.RequestServices;
                if (services?.GetServices<IErrorTranslator>().Select(t => t.Translate(context.OriginalException))
                    .FirstOrDefault(error => error != null) is { } translated)
                {
                    context.Exception = translated;
                    context.ErrorMessage = translated.Message;
                    return;
                }
                var logger = services?.GetService<ILoggerFactory>()?.CreateLogger("GraphKam.GraphQL");
                var field = context.FieldContext?.FieldDefinition.Name ?? "(document)";
                // A caller that went away cancelled the field's SQL: expected, nothing to correlate or trace.
                if (CallerCancellation.CallerGone(context.ExecutionOptions, context.FieldContext))
                {
                    logger?.LogInformation("GraphQL field {Field} stopped: its caller went away ({Reason}).",
                        field, context.OriginalException.GetType().Name);
                    return;
                }
                logger?.LogError(context.OriginalException,
                    "GraphQL field {Field} failed (correlation ID {CorrelationId}).",
                    field, CorrelationId.Assign(context.OriginalException));
            })
            .AddExecutionStrategy<ScopedSubscriptionExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .AddExecutionStrategy<Mutations.OneMutationAtATimeStrategy>(GraphQLParser.AST.OperationType.Mutation)
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                var conventions = provider.GetRequiredService<IOptions<ConventionOptions>>().Value;
                complexity.DefaultComplexityImpactDelegate = ConnectionComplexity.Impact(conventions.DefaultPageSize);
                complexity.ValidateComplexityDelegate = RateLimiting.CostCheck.SpendAsync;
            }));
        return services;
    }

    /// <summary>Serves GraphQL at <paramref name="pattern"/>: over HTTP (and server-sent events) and over WebSocket.</summary>
    public static IEndpointConventionBuilder MapGraphKamGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, (HttpContext http) => http.WebSockets.IsWebSocketRequest
            ? http.RequestServices.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(http)
            : http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(http));
}
