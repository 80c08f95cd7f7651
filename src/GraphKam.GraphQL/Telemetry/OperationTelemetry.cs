using System.Diagnostics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GraphKam.GraphQL.Errors;
using GraphQL;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>
/// The span and the measurements of one GraphQL operation. The span carries the operation's name and type, a hash
/// of its document and the caller's roles, never the variables or anything else the caller sent.
/// </summary>
public sealed class OperationTelemetry : IDisposable
{
    /// <summary>The key of the operation's span context in the execution's user context (subscription events use it).</summary>
    public const string ContextKey = "GraphKam.Telemetry.Operation";

    private static readonly AsyncLocal<OperationTelemetry?> CurrentOperation = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly OperationTelemetry? _outer;
    private int _sqlCommands;

    private OperationTelemetry(Activity? activity, string name, string type)
    {
        Activity = activity;
        Name = name;
        Type = type;
        _outer = CurrentOperation.Value;
        CurrentOperation.Value = this;
    }

    /// <summary>The operation running in this flow of execution, if any.</summary>
    public static OperationTelemetry? Current => CurrentOperation.Value;

    public Activity? Activity { get; }
    public string Name { get; }
    public string Type { get; }

    public static OperationTelemetry Start(GraphQLDocument? document, string? operationName, string query,
        ClaimsPrincipal? user)
    {
        var operation = Find(document, operationName);
        var name = OperationLabels.For(operation?.Name?.StringValue ?? operationName, user);
        var type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var activity = GraphQLTelemetry.Source.StartActivity($"{type} {name}", ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.document.hash", Hash(query));
            activity.SetTag("enduser.role", Roles(user));
        }
        return new OperationTelemetry(activity, name, type);
    }

    /// <summary>Counts a SQL command run on behalf of this operation.</summary>
    public void SqlCommand() => Interlocked.Increment(ref _sqlCommands);

    /// <summary>Records the outcome: counts, duration, error codes (and the correlation ID of an unexpected error).</summary>
    public void Complete(ExecutionResult result)
    {
        var tags = new TagList { { "graphql.operation.name", Name }, { "graphql.operation.type", Type } };
        var errors = result.Errors ?? [];
        GraphQLMetrics.OperationDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        GraphQLMetrics.SqlCommands.Record(Volatile.Read(ref _sqlCommands), tags);
        tags.Add("outcome", errors.Count == 0 ? "ok" : "error");
        GraphQLMetrics.Operations.Add(1, tags);
        foreach (var error in errors) CountError(Name, error);
        if (errors.Count == 0 || Activity == null) return;
        Activity.SetTag("graphql.error.codes", string.Join(",", errors.Select(CodeSeen).Distinct()));
        if (errors.FirstOrDefault(e => CodeSeen(e) == ErrorCodes.InternalError) is { } unexpected)
        {
            Activity.SetStatus(ActivityStatusCode.Error, unexpected.Code);
            if (CorrelationId.Of(unexpected.InnerException) is { } id) Activity.SetTag("graphkam.correlation_id", id);
        }
    }

    /// <summary>Counts an error of an operation (also one refused before it parsed).</summary>
    public static void CountError(string name, ExecutionError error) => GraphQLMetrics.Errors.Add(1,
        new KeyValuePair<string, object?>("graphql.operation.name", name),
        new KeyValuePair<string, object?>("error.code", CodeSeen(error)));

    // What the client reads in extensions.code: an escaped exception's own code (SQLITE, …) is never shown to it.
    private static string CodeSeen(ExecutionError error) =>
        SafeErrorInfoProvider.IsUnexpected(error) ? ErrorCodes.InternalError : error.Code ?? "UNKNOWN";

    public void Dispose()
    {
        CurrentOperation.Value = _outer;
        Activity?.Dispose();
    }

    private static GraphQLOperationDefinition? Find(GraphQLDocument? document, string? name)
    {
        if (document == null) return null; // it did not parse: GraphQL.NET reports why
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(name)
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(o => o.Name?.StringValue == name);
    }

    private static string Hash(string query) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static string Roles(ClaimsPrincipal? user)
    {
        var roles = user?.Identities.SelectMany(i => i.Claims.Where(c => c.Type == i.RoleClaimType || c.Type == "role")).Select(c => c.Value).Distinct()
            .Order(StringComparer.Ordinal).ToList() ?? [];
        return user?.Identity?.IsAuthenticated != true ? "anonymous" : roles.Count == 0 ? "none" : string.Join(",", roles);
    }
}
