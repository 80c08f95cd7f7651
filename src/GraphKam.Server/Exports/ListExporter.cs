using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphKam.GraphQL.Http;
using GraphKam.GraphQL.Schema;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Exports;

/// <summary>
/// Reads a whole list as its caller: every page runs the list's own GraphQL field through the server's executor
/// with the caller's identity, so an export shows exactly what the caller could page through at <c>/graphql</c>
/// (a partner's only its own rows), its filter is validated as GraphQL validates it, and the caller's rate and the
/// server's limits apply to it as to any query.
/// </summary>
public sealed class ListExporter(GraphQLRequestExecutor executor, IGraphQLTextSerializer serializer,
    IOptions<ExportOptions> options, IOptions<ConventionOptions> conventions)
{
    /// <summary>
    /// Runs the first page; returns the export, or why it was refused (bad arguments, not signed in, too many rows)
    /// before anything was written.
    /// </summary>
    public async Task<(ListExport? Export, ExportRefusal? Refusal)> StartAsync(ExportList list,
        IReadOnlyDictionary<string, string> parameters, ClaimsPrincipal? user, IServiceProvider services, CancellationToken cancellationToken)
    {
        var (arguments, refusal) = Arguments(list, parameters);
        if (refusal != null) return (null, refusal);
        var columns = list.ColumnsFor(user);
        var pageSize = Math.Clamp(options.Value.PageSize, 1, conventions.Value.MaxPageSize);
        var first = await PageAsync(list.Document(columns, arguments.Keys, pageSize, countTotal: true), arguments, null, user, services, cancellationToken);
        if (first.Errors != null) return (null, new ExportRefusal(ExportRefusal.StatusOf(first.Errors), first.Errors));
        if (first.Total > options.Value.MaxRows)
            return (null, ExportRefusal.Of(StatusCodes.Status400BadRequest, ExportRefusal.TooLarge,
                $"The list has {first.Total} rows; an export holds at most {options.Value.MaxRows}. Narrow it with `where`."));
        var next = list.Document(columns, arguments.Keys, pageSize, countTotal: false);
        return (new ListExport(columns, first.Total, Rows(first, next, arguments, user, services, cancellationToken)), null);
    }

    /// <summary>
    /// The query parameters as the field's arguments, each JSON as in GraphQL variables; a scalar or enum argument may
    /// also be a bare word (<c>?period=2026-Q4</c>), taken as a string.
    /// </summary>
    private static (Dictionary<string, string> Arguments, ExportRefusal? Refusal) Arguments(ExportList list,
        IReadOnlyDictionary<string, string> parameters)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (list.Argument(name) is not { } argument)
                return (arguments, ExportRefusal.BadParameter(
                    $"'{list.Name}' takes no argument '{name}'; it takes: {string.Join(", ", list.Arguments.Select(a => a.Name))}."));
            if (IsJson(value)) arguments[name] = value;
            else if (argument.ResolvedType is ScalarGraphType or NonNullGraphType { ResolvedType: ScalarGraphType })
                arguments[name] = JsonSerializer.Serialize(value);
            else return (arguments, ExportRefusal.BadParameter($"'{name}' is not valid JSON: write it as the GraphQL argument is written in variables."));
        }
        return (arguments, null);
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<JsonElement>> Rows(Page first, string document, Dictionary<string, string> arguments,
        ClaimsPrincipal? user, IServiceProvider services, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = first;
        var written = 0;
        while (true)
        {
            using (page.Json)
                foreach (var row in page.Rows)
                {
                    // Rows added since the count: the file stays within its bound all the same.
                    if (++written > options.Value.MaxRows) yield break;
                    yield return row;
                }
            if (page.EndCursor is not { } after) yield break;
            page = await PageAsync(document, arguments, after, user, services, cancellationToken);
            if (page.Errors != null) throw new ExportFailedException(page.Errors[0].Message);
        }
    }

    private async Task<Page> PageAsync(string document, Dictionary<string, string> arguments, string? after, ClaimsPrincipal? user,
        IServiceProvider services, CancellationToken cancellationToken)
    {
        var request = new GraphQLRequest { Query = document, Variables = Variables(arguments, after) };
        var result = await executor.ExecuteAsync(request, services, user, queriesOnly: true, cancellationToken);
        if (result.Errors is { Count: > 0 } errors) return Page.Failed([.. errors]);
        var json = JsonDocument.Parse(serializer.Serialize(result));
        var list = json.RootElement.GetProperty("data").GetProperty("list");
        if (list.ValueKind != JsonValueKind.Object) return Page.Failed([new ExecutionError("The list could not be read.")]);
        var total = list.TryGetProperty("totalCount", out var count) ? count.GetInt32() : 0;
        var info = list.GetProperty("pageInfo");
        var endCursor = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        var rows = list.GetProperty("nodes").EnumerateArray().Select(node => (IReadOnlyList<JsonElement>)node.EnumerateObject()
            .Select(p => p.Value).ToList()).ToList();
        return new Page(json, rows, total, endCursor, null);
    }

    private Inputs Variables(Dictionary<string, string> arguments, string? after)
    {
        var json = new StringBuilder("{\"after\":").Append(after == null ? "null" : JsonSerializer.Serialize(after));
        foreach (var (name, value) in arguments) json.Append(',').Append(JsonSerializer.Serialize(name)).Append(':').Append(value);
        return serializer.Deserialize<Inputs>(json.Append('}').ToString()) ?? Inputs.Empty;
    }

    private sealed record Page(JsonDocument? Json, IReadOnlyList<IReadOnlyList<JsonElement>> Rows, int Total, string? EndCursor,
        IReadOnlyList<ExecutionError>? Errors)
    {
        public static Page Failed(IReadOnlyList<ExecutionError> errors) => new(null, [], 0, null, errors);
    }
}

/// <summary>An export under way: its columns, the list's total, and its rows (each a value per column), read page by page.</summary>
public sealed record ListExport(IReadOnlyList<string> Columns, int Total, IAsyncEnumerable<IReadOnlyList<JsonElement>> Rows);

/// <summary>A page after the first failed: the response has begun, so the download is cut off rather than completed.</summary>
public sealed class ExportFailedException(string message) : Exception(message);
