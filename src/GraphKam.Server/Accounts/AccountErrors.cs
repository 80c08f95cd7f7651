using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Accounts;

public sealed record AccountNotFoundError(string Id) : MutationError("ACCOUNT_NOT_FOUND", $"No account has the ID '{Id}'.");
public sealed record AccountArchivedError(string Id) : MutationError("ACCOUNT_ARCHIVED", "The account is archived and cannot be changed.");
public sealed record EmptyNameError() : MutationError("EMPTY_NAME", "An account needs a name.");
public sealed record NegativeMetricError(string Field, decimal Value) : MutationError("NEGATIVE_METRIC", $"`{Field}` cannot be negative (got {Value}).");
public sealed record SatisfactionOutOfRangeError(double Value) : MutationError("SATISFACTION_OUT_OF_RANGE", $"Satisfaction is a score from 0 to 100 (got {Value}).");
public sealed record ParentNotFoundError(string ParentId) : MutationError("PARENT_NOT_FOUND", $"No active account has the ID '{ParentId}'.");
public sealed record ParentCycleError(string ParentId) : MutationError("PARENT_CYCLE", "That parent is the account itself or one of its branches: the group hierarchy cannot loop.");
public sealed record OwnerNotFoundError(string OwnerId) : MutationError("OWNER_NOT_FOUND", $"No user has the ID '{OwnerId}'.");
public sealed record AccountHasBranchesError(int ActiveBranches) : MutationError("ACCOUNT_HAS_BRANCHES", $"The account still has {ActiveBranches} active branch(es): archive or move them first.");
public sealed record InvalidMeasureKeyError(string Key) : MutationError("INVALID_MEASURE_KEY", $"'{Key}' is not a measure name: use camelCase letters and digits (at most 50), other than the built-in employees, monthlyRevenue, monthlyItRevenue and productsInUse.");
public sealed record DuplicateMeasureError(string Key) : MutationError("DUPLICATE_MEASURE", $"The measure '{Key}' is given more than once.");
