using System.Collections;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>
/// The log scope of a GraphQL operation: its name as a structured value (<c>GraphQLOperation</c>) and, where a
/// formatter prints the scope as text (the JSON console's <c>Message</c>, the simple console's <c>=&gt;</c> part), a
/// readable sentence instead of a collection's type name.
/// </summary>
public sealed class OperationLogScope(string? name) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?> _name = new("GraphQLOperation", name);

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? _name : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return _name;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"GraphQL operation {_name.Value ?? "(anonymous)"}";
}
