using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Projection;

/// <summary>Two servers over the same demo data: one reads only the selected columns (the default), one whole rows.</summary>
public sealed class ProjectionServers : IAsyncLifetime
{
    public GraphKamFactory Narrow { get; } = new();
    public GraphKamFactory Whole { get; } = new() { Settings = { ["GraphKam:GraphQL:Projection"] = "false" } };
    public ISchema Schema { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Narrow.Client().DataAsync("{ __typename }");
        await Whole.Client().DataAsync("{ __typename }");
        Schema = Narrow.Services.GetRequiredService<ISchema>();
    }

    public Task DisposeAsync()
    {
        Narrow.Dispose();
        Whole.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A client of <paramref name="factory"/> in <paramref name="role"/>; a partner is one who sees data.</summary>
    public static async Task<GraphQLClient> ClientAsync(GraphKamFactory factory, string role)
    {
        if (role != Roles.Partner) return factory.Logins.ClientAs(role);
        // Both servers hold the same demo data: the same distributor is a partner on each. One with a duplicate
        // registration: it sees accounts, deals, registrations and conflicts of every kind (the first distributor by
        // name sees none of them, and a partner who sees nothing proves nothing).
        var conflicts = await factory.Client().DataAsync(
            "{ channelConflicts(first: 1, where: { kind: { eq: DUPLICATE_REGISTRATION } }) { nodes { distributor { id } } } }");
        var id = conflicts.GetProperty("channelConflicts").GetProperty("nodes")[0].GetProperty("distributor").GetProperty("id").GetString()!;
        return factory.Logins.ClientAs(Roles.Partner, GraphKam.GraphQL.Relay.GlobalId.ParseKey(id, "Distributor"));
    }

    /// <summary>The top-level lists (connections of object types that need no argument).</summary>
    public IEnumerable<(string Field, IObjectGraphType Item)> RootLists() =>
        Schema.Query.Fields.Where(Optional).Select(f => (f.Name, Item: ItemOf(f))).Where(l => l.Item != null)!;

    /// <summary>The lists on <paramref name="type"/>'s items (nested connections).</summary>
    public static IEnumerable<(string Field, IObjectGraphType Item)> NestedLists(IObjectGraphType type) =>
        type.Fields.Where(Optional).Select(f => (f.Name, Item: ItemOf(f))).Where(l => l.Item != null)!;

    /// <summary>The fields of <paramref name="type"/> that accept the row they reference joined to their parent's.</summary>
    public static IEnumerable<(string Field, IObjectGraphType Target)> JoinedReferences(IObjectGraphType type) =>
        type.Fields.Where(f => GraphKam.GraphQL.Projection.ReferenceJoins.Of(f) != null)
            .Select(f => (f.Name, Target: (IObjectGraphType)f.ResolvedType!.GetNamedType()));

    /// <summary>Each field of <paramref name="type"/> that needs no argument, as a selection on its own.</summary>
    public static IEnumerable<string> EachField(IObjectGraphType type) =>
        type.Fields.Where(Optional).Select(f => f.ResolvedType!.GetNamedType() switch
        {
            IComplexGraphType list when list.GetField("nodes") != null =>
                $"{f.Name} {{ {(list.GetField("totalCount") != null ? "totalCount " : "")}nodes {{ __typename {IdOf(list.GetField("nodes")!.ResolvedType!.GetNamedType())} }} }}",
            IComplexGraphType composite => $"{f.Name} {{ __typename {IdOf(composite)} }}",
            _ => f.Name,
        });

    private static string IdOf(IGraphType type) => type is IComplexGraphType c && c.GetField("id") != null ? "id" : "";

    private static IObjectGraphType? ItemOf(FieldType field) =>
        field.ResolvedType?.GetNamedType() is IComplexGraphType connection && connection.Name.EndsWith("Connection", StringComparison.Ordinal)
            ? connection.GetField("nodes")?.ResolvedType?.GetNamedType() as IObjectGraphType
            : null;

    private static bool Optional(FieldType field) =>
        !field.Name.StartsWith("__", StringComparison.Ordinal)
        && (field.Arguments ?? []).All(a => a.ResolvedType is not NonNullGraphType || a.DefaultValue != null);
}
