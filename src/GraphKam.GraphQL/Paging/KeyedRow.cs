namespace GraphKam.GraphQL.Paging;

/// <summary>A row read together with its sort-key values, from which its cursor is made.</summary>
public sealed class KeyedRow<T>
{
    public T Row { get; set; } = default!;
    public object?[] Keys { get; set; } = [];
}

/// <summary>The rows of one parent, for nested connections loaded for many parents at once.</summary>
public sealed class Partition<TResult>
{
    public int Key { get; set; }
    public TResult Value { get; set; } = default!;
}

/// <summary>A child row with the key of the parent it was read for (nested pages read for many parents at once).</summary>
internal sealed class ParentRow<T>
{
    public int Parent { get; set; }
    public T Row { get; set; } = default!;
}
