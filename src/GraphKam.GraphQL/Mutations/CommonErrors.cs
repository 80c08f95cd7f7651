using System.ComponentModel;
using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Mutations;

// Errors any area's mutations report; the area-specific ones live with their area.

/// <summary>The object changed since the client read it: reload and apply the change again.</summary>
[Description("The object changed after you read it; nothing was saved.")]
public sealed record StaleVersionError(
    [property: Description("The version you sent.")] int GivenVersion,
    [property: Description("The version stored now.")] int CurrentVersion)
    : MutationError("STALE_VERSION",
        $"The object was changed meanwhile: you sent version {GivenVersion}, it is now at version {CurrentVersion}. "
        + "Reload it and try again.");

/// <summary>The object exists and no version was sent: a write that has not read it would overwrite it blindly.</summary>
[Description("The object already exists and no `version` was sent; nothing was saved.")]
public sealed record VersionRequiredError(
    [property: Description("The version stored now.")] int CurrentVersion)
    : MutationError("VERSION_REQUIRED",
        $"The object already exists (version {CurrentVersion}): send the `version` you read to change it.");

/// <summary>An ID argument that is malformed or of another type.</summary>
[Description("An ID was malformed or belongs to another type.")]
public sealed record InvalidIdError(
    [property: Description("The input field holding the ID.")] string Field,
    string Id,
    [property: Description("The type the ID had to be of.")] string ExpectedType)
    : MutationError("INVALID_ID", $"`{Field}`: '{InputEcho.Shorten(Id)}' is not a valid {ExpectedType} ID.")
{
    /// <summary>The ID given, shortened when long: an error need not repeat a huge value.</summary>
    [Description("The ID given.")]
    public string Id { get; init; } = InputEcho.Shorten(Id);
}

/// <summary>A value that must be given was missing, blank or null.</summary>
[Description("A value that must be given was missing, blank or null.")]
public sealed record RequiredValueError([property: Description("The input field.")] string Field)
    : MutationError("REQUIRED_VALUE", $"`{Field}` needs a value.");

/// <summary>A text longer than its column allows.</summary>
[Description("A text was longer than allowed.")]
public sealed record TooLongError(
    [property: Description("The input field.")] string Field,
    [property: Description("The most characters allowed.")] int MaxLength)
    : MutationError("TOO_LONG", $"`{Field}` is longer than {MaxLength} characters.");

/// <summary>A number outside the range its field allows.</summary>
[Description("A number was outside the range its field allows.")]
public sealed record OutOfRangeError(
    [property: Description("The input field.")] string Field,
    [property: Description("The smallest value allowed.")] double Min,
    [property: Description("The largest value allowed.")] double Max,
    [property: Description("The value given.")] double Value)
    : MutationError("OUT_OF_RANGE", $"`{Field}` must be from {Min} to {Max} (got {Value}).");
