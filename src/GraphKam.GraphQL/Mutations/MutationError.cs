using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Mutations;

/// <summary>
/// A domain error, declared once as a record: its code, its message, and (through <see cref="ErrorGraphType{TError}"/>)
/// its GraphQL type. A mutation reports it in its payload's <c>errors</c> only, never as a top-level GraphQL error
/// (HotChocolate's mutation conventions); a query that meets the same problem throws it with
/// <see cref="ToException"/>, so both say the same.
/// </summary>
public abstract record MutationError(string Code, string Message)
{
    /// <summary>
    /// The same error as a GraphQL error with <c>extensions.code</c> (and the error's fields beside it), for queries
    /// and fields.
    /// </summary>
    public CodedError ToException() => new(Code, Message, ErrorFields.Of(GetType())
        .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => p.GetValue(this)));
}

/// <summary>
/// What a mutation resolver returns: the changed object, or the reasons nothing changed. <see cref="Warnings"/> are
/// errors' kin that did not stop the change (a deal over its account's credit line is saved, and says so).
/// </summary>
public sealed record Payload(object? Value, IReadOnlyList<MutationError> Errors)
{
    /// <summary>What the caller should know about a change that was made anyway; empty on failure.</summary>
    public IReadOnlyList<MutationError> Warnings { get; init; } = [];

    public static Payload Success(object value) => new(value, []);

    /// <summary>The same result with <paramref name="warnings"/> added, when it succeeded (a failure keeps only its errors).</summary>
    public Payload WithWarnings(IEnumerable<MutationError> warnings) =>
        Errors.Count > 0 ? this : this with { Warnings = [.. Warnings, .. warnings] };

    public static Payload Failure(params IEnumerable<MutationError> errors) => new(null, errors.ToList());
}
