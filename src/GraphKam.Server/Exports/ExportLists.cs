using System.Globalization;
using System.Security.Claims;
using System.Text;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Security;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Exports;

/// <summary>
/// The lists that can be exported: every root field of the schema that is a connection (accounts, opportunities,
/// serviceCases, …), found in the schema rather than listed, so that a new area's list is exportable the day it is
/// added. A list's columns are its node type's scalar and enum fields that take no argument.
/// </summary>
public sealed class ExportLists(ISchema schema)
{
    private readonly Lazy<IReadOnlyDictionary<string, ExportList>> _lists = new(() => Discover(schema));

    public IReadOnlyDictionary<string, ExportList> All => _lists.Value;

    public ExportList? Find(string name) => All.GetValueOrDefault(name);

    private static SortedDictionary<string, ExportList> Discover(ISchema schema)
    {
        schema.Initialize();
        var lists = new SortedDictionary<string, ExportList>(StringComparer.Ordinal);
        foreach (var field in schema.Query.Fields)
        {
            if (field.ResolvedType?.GetNamedType() is not ObjectGraphType<Connection> connection) continue;
            if (connection.GetField("nodes")?.ResolvedType?.GetNamedType() is not IComplexGraphType node) continue;
            lists[field.Name] = new ExportList(field, connection, node);
        }
        return lists;
    }
}

/// <summary>One exportable list: its root field, the arguments a caller may pass, and the document that reads a page.</summary>
public sealed class ExportList(FieldType root, IComplexGraphType connection, IComplexGraphType node)
{
    private static readonly HashSet<string> PagingArguments = ["first", "after", "last", "before"];

    public string Name => root.Name;

    /// <summary>The field's arguments other than paging (<c>where</c>, <c>order</c>, and any of the list's own).</summary>
    public IEnumerable<QueryArgument> Arguments => (root.Arguments ?? []).Where(a => !PagingArguments.Contains(a.Name));

    public QueryArgument? Argument(string name) => Arguments.FirstOrDefault(a => a.Name == name);

    /// <summary>
    /// The columns <paramref name="user"/> may read: the node's scalar and enum fields without arguments, in the
    /// schema's order, less the deprecated ones and those that need a role the caller lacks.
    /// </summary>
    public IReadOnlyList<string> ColumnsFor(ClaimsPrincipal? user) => node.Fields
        .Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && f.DeprecationReason == null)
        .Where(f => f.Arguments is null or { Count: 0 } && f.ResolvedType?.GetNamedType() is ScalarGraphType)
        .Where(f => FieldRoles.RolesOf(f) is not { } roles || (user != null && roles.Any(user.IsInRole)))
        .Select(f => f.Name).ToList();

    /// <summary>
    /// The query that reads one page: the list's field with the given arguments as variables (so they are coerced
    /// and validated exactly as a client's), <c>first</c> and <c>after</c>, and the total on the first page.
    /// </summary>
    public string Document(IReadOnlyList<string> columns, IReadOnlyCollection<string> arguments, int pageSize, bool countTotal)
    {
        var text = new StringBuilder("query Export($after: String");
        foreach (var name in arguments) text.Append(CultureInfo.InvariantCulture, $", ${name}: {Argument(name)!.ResolvedType}");
        text.Append(CultureInfo.InvariantCulture, $") {{ list: {Name}(first: {pageSize}, after: $after");
        foreach (var name in arguments) text.Append(CultureInfo.InvariantCulture, $", {name}: ${name}");
        text.Append(") { ");
        if (countTotal && connection.GetField("totalCount") != null) text.Append("totalCount ");
        text.Append("pageInfo { hasNextPage endCursor } nodes { ");
        text.AppendJoin(' ', columns);
        return text.Append(" } } }").ToString();
    }
}
