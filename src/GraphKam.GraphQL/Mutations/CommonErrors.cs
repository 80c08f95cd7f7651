namespace GraphKam.GraphQL.Mutations;

// Errors any area's mutations report; the area-specific ones live with their area.

/// <summary>The object changed since the client read it: reload and apply the change again.</summary>
public sealed record StaleVersionError(int GivenVersion, int CurrentVersion)
    : MutationError("STALE_VERSION", $"The object was changed meanwhile: you sent version {GivenVersion}, it is now at version {CurrentVersion}. Reload it and try again.");

/// <summary>An ID argument that is malformed or of another type.</summary>
public sealed record InvalidIdError(string Field, string Id, string ExpectedType)
    : MutationError("INVALID_ID", $"`{Field}`: '{Id}' is not a valid {ExpectedType} ID.");

/// <summary>A value that must be given was missing, blank or null.</summary>
public sealed record RequiredValueError(string Field)
    : MutationError("REQUIRED_VALUE", $"`{Field}` needs a value.");

/// <summary>A text longer than its column allows.</summary>
public sealed record TooLongError(string Field, int MaxLength)
    : MutationError("TOO_LONG", $"`{Field}` is longer than {MaxLength} characters.");

/// <summary>A number outside the range its field allows.</summary>
public sealed record OutOfRangeError(string Field, double Min, double Max, double Value)
    : MutationError("OUT_OF_RANGE", $"`{Field}` must be from {Min} to {Max} (got {Value}).");
