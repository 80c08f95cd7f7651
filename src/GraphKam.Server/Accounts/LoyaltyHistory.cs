using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Accounts;

/// <summary>
/// The record of every change of an account's loyalty stage: written in the same save as the change itself, so the
/// history and the stage never disagree.
/// </summary>
public static class LoyaltyHistory
{
    public const int ReasonLength = 500;

    /// <summary>What is wrong with a reason given for a stage change; nothing when none is given.</summary>
    public static MutationError? Validate(string? reason) =>
        reason?.Length > ReasonLength ? new TooLongError("loyaltyStageReason", ReasonLength) : null;

    /// <summary>A move from <paramref name="from"/> (null when the account is created) to <paramref name="to"/>.</summary>
    public static LoyaltyStageChange Move(LoyaltyStage? from, LoyaltyStage to, string? reason, MutationScope scope) => new()
    {
        FromStage = from,
        ToStage = to,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        ChangedAt = scope.Now,
        ChangedBy = scope.Actor,
    };
}
