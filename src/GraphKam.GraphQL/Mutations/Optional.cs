namespace GraphKam.GraphQL.Mutations;

/// <summary>
/// A field of a partial update: absent (leave as is) is not the same as present and null (clear it).
/// GraphQL tells the two apart; a plain nullable property would not.
/// </summary>
public readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Unset => default;
}

public static class OptionalExtensions
{
    /// <summary>
    /// A partial update of a field that cannot be empty: left out changes nothing, a value is assigned, and an explicit
    /// null is a <see cref="RequiredValueError"/>.
    /// </summary>
    public static void AssignRequired<T>(this Optional<T?> value, string field, Action<T> assign, List<MutationError> errors) where T : struct
    {
        if (!value.IsSet) return;
        if (value.Value is { } given) assign(given);
        else errors.Add(new RequiredValueError(field));
    }
}
