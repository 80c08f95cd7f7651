using GraphQL.Types;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// HotChocolate names a connection type after its field alone (<c>Account.contacts</c> and <c>Query.contacts</c> both
/// return <c>ContactsConnection</c>) and so has one type for both. Each connection field here builds its own
/// instance; GraphQL.NET needs one instance per name, so the first one met is kept and the others point to it.
/// </summary>
internal sealed class SharedConnectionTypes
{
    private readonly Dictionary<string, IGraphType> _byName = [];

    /// <summary>The connection types that more than one field returns.</summary>
    public HashSet<IGraphType> Shared { get; } = [];

    /// <summary>Points the connection fields of <paramref name="type"/> to the one instance of their name.</summary>
    public void Merge(IGraphType type)
    {
        if (type is not IComplexGraphType complex) return;
        foreach (var field in complex.Fields)
        {
            var nonNull = field.ResolvedType is NonNullGraphType;
            var named = field.ResolvedType is NonNullGraphType wrapper ? wrapper.ResolvedType : field.ResolvedType;
            if (named is not ObjectGraphType<Connection> connection) continue;
            if (!_byName.TryGetValue(connection.Name, out var first))
            {
                _byName.Add(connection.Name, connection);
                continue;
            }
            if (first == connection) continue;
            if (first.GetType() != connection.GetType())
                throw new InvalidOperationException($"`{complex.Name}.{field.Name}` returns a {connection.Name} of " +
                    "other items than another field does; give one of them its own ConnectionName.");
            field.ResolvedType = nonNull ? new NonNullGraphType(first) : first;
            Shared.Add(first);
        }
    }
}
