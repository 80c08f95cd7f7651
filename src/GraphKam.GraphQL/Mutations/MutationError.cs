namespace GraphKam.GraphQL.Mutations;

/// <summary>
/// A domain error a mutation reports in its payload's <c>errors</c> only (HotChocolate's mutation conventions),
/// never as a top-level GraphQL error. Each concrete error is its own GraphQL type.
/// </summary>
public abstract record MutationError(string Code, string Message);

/// <summary>What a mutation resolver returns: the changed object, or the reasons nothing changed.</summary>
public sealed record Payload(object? Value, IReadOnlyList<MutationError> Errors)
{
    public static Payload Success(object value) => new(value, []);
    public static Payload Failure(params IEnumerable<MutationError> errors) => new(null, errors.ToList());
}
