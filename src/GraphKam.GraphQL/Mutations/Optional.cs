namespace GraphKam.GraphQL.Mutations;

/// <summary>
/// A field of a partial update: absent (leave as is) is not the same as present and null (clear it).
/// GraphQL tells the two apart; a plain nullable property would not.
/// </summary>
public readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Unset => default;
}
