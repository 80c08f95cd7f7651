using System.ComponentModel;
using System.Globalization;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;
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
