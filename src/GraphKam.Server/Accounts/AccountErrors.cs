using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Accounts;

[Description("No account has the given ID.")]
public sealed record AccountNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("ACCOUNT_NOT_FOUND", $"No account has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The account is archived; archived accounts are read-only.")]
public sealed record AccountArchivedError(
    [property: Description("The archived account's ID.")] string Id)
    : MutationError("ACCOUNT_ARCHIVED", "The account is archived and cannot be changed.");

[Description("The name was empty or blank.")]
public sealed record EmptyNameError() : MutationError("EMPTY_NAME", "An account needs a name.");

[Description("A count or amount was negative.")]
public sealed record NegativeMetricError(
    [property: Description("The input field.")] string Field,
    [property: Description("The value given.")] decimal Value)
    : MutationError("NEGATIVE_METRIC", $"`{Field}` cannot be negative (got {Value}).");

[Description("Satisfaction was outside 0–100.")]
public sealed record SatisfactionOutOfRangeError(
    [property: Description("The value given.")] double Value)
    : MutationError("SATISFACTION_OUT_OF_RANGE", $"Satisfaction is a score from 0 to 100 (got {Value}).");

[Description("The parent account does not exist or is archived.")]
public sealed record ParentNotFoundError(
    [property: Description("The parent ID given.")] string ParentId)
    : MutationError("PARENT_NOT_FOUND", $"No active account has the ID '{InputEcho.Shorten(ParentId)}'.");

[Description("The new parent would make the group hierarchy loop.")]
public sealed record ParentCycleError(
    [property: Description("The parent ID given.")] string ParentId)
    : MutationError("PARENT_CYCLE", "That parent is the account itself or one of its branches: the group hierarchy cannot loop.");

[Description("The account still has active branches.")]
public sealed record AccountHasBranchesError(
    [property: Description("How many active branches it has.")] int ActiveBranches)
    : MutationError("ACCOUNT_HAS_BRANCHES", $"The account still has {ActiveBranches} active branch(es): archive or move them first.");

[Description("A measure name was malformed or the name of a built-in metric.")]
public sealed record InvalidMeasureKeyError(
    [property: Description("The name given.")] string Key)
    : MutationError("INVALID_MEASURE_KEY", $"'{InputEcho.Shorten(Key)}' is not a measure name: use camelCase letters and digits (at most 50), other than the built-in employees, monthlyRevenue, monthlyItRevenue and productsInUse.");

[Description("The same measure was given twice in one request.")]
public sealed record DuplicateMeasureError(
    [property: Description("The repeated name.")] string Key)
    : MutationError("DUPLICATE_MEASURE", $"The measure '{InputEcho.Shorten(Key)}' is given more than once.");

[Description("A reason for a loyalty-stage change was given, but the stage did not change.")]
public sealed record LoyaltyReasonWithoutChangeError()
    : MutationError("LOYALTY_REASON_WITHOUT_CHANGE", "`loyaltyStageReason` explains a change of `loyaltyStage`: give a new stage with it, or leave it out.");
