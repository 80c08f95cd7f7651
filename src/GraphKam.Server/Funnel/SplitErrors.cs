using System.ComponentModel;
using System.Globalization;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;

namespace GraphKam.Server.Funnel;

[Description("A deal's splits of one type did not add up to 100 %.")]
public sealed record SplitSumError(
    [property: Description("The split type.")] SplitType SplitType,
    [property: Description("What the percents given add up to.")] decimal Sum)
    : MutationError("SPLIT_SUM", $"The {SplitType.ToString().ToUpperInvariant()} splits of a deal must add up to exactly 100 %; "
        + $"these add up to {Sum.ToString(CultureInfo.InvariantCulture)} %.");

[Description("A split's percent was not more than 0 and at most 100, in hundredths.")]
public sealed record SplitPercentError(
    [property: Description("The user ID of the split.")] string UserId,
    [property: Description("The percent given.")] decimal Percent)
    : MutationError("SPLIT_PERCENT", $"A split's percent must be more than 0 and at most 100, to the hundredth; got "
        + $"{Percent.ToString(CultureInfo.InvariantCulture)} for '{InputEcho.Shorten(UserId)}'.");

[Description("The same person was named in two splits of one type.")]
public sealed record DuplicateSplitUserError(
    [property: Description("The user ID given twice.")] string UserId)
    : MutationError("DUPLICATE_SPLIT_USER", $"'{InputEcho.Shorten(UserId)}' has more than one split of this type: give one share each.");

[Description("A share's role did not fit the deal's owner: role OWNER is the owner's share and only theirs, and the owner's "
    + "share always has role OWNER.")]
public sealed record SplitRoleMismatchError(
    [property: Description("The user ID of the share.")] string UserId,
    [property: Description("The role given.")] TeamRole Role,
    [property: Description("Whether the user owns the deal (then the role must be OWNER; else it must not).")] bool IsOwner)
    : MutationError("SPLIT_ROLE_MISMATCH", IsOwner
        ? $"'{InputEcho.Shorten(UserId)}' owns the deal: their share has role OWNER, not {EnumType<TeamRole>.ConstantCase(Role.ToString())}."
        : $"'{InputEcho.Shorten(UserId)}' does not own the deal: only the owner's share has role OWNER.");

[Description("More shares were given than a split of one type may have; none were looked at.")]
public sealed record TooManySplitsError(
    [property: Description("The most shares a split of one type may have.")] int Limit,
    [property: Description("How many were given.")] int Count)
    : MutationError("TOO_MANY_SPLITS", $"A deal's split of one type has at most {Limit} shares; {Count} were given.");

[Description("The deal has splits, and a share of role OWNER needs an owner: clear the splits before removing the owner.")]
public sealed record SplitsNeedOwnerError()
    : MutationError("SPLITS_NEED_OWNER",
        "The deal has splits, and its OWNER share needs an owner: clear them (setOpportunitySplits with no shares) first.");
