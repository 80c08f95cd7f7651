using System.ComponentModel;
using System.Globalization;
using GraphKam.Server.Data;

namespace GraphKam.Server.Teams;

/// <summary>
/// How accounts of one tier of the default tier policy must be covered: the coverages allowed and the team roles
/// required, kept as bit sets (<see cref="CoverageBits"/>) so that <see cref="CoverageExceptions"/> tests them in SQL.
/// </summary>
public sealed class CoverageRule : IVersioned
{
    public int Id { get; set; }
    public required string TierCode { get; set; }
    public int AllowedCoverage { get; set; }
    public int RequiredRoles { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
}

/// <summary>Enum values as bits of a set (one bit per value), and back.</summary>
public static class CoverageBits
{
    public static int Of<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        values.Aggregate(0, (bits, value) => bits | Bit(value));

    public static int Bit<TEnum>(TEnum value) where TEnum : struct, Enum => 1 << Convert.ToInt32(value, CultureInfo.InvariantCulture);

    public static IReadOnlyList<TEnum> Values<TEnum>(int bits) where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Where(value => (bits & Bit(value)) != 0)];
}

[Description("How an account breaks its tier's coverage rule.")]
public enum CoverageExceptionKind
{
    [Description("The account's coverage is not one the rule allows.")] WrongCoverage = 1,
    [Description("No one holds a team role the rule requires.")] MissingTeamRole = 2,
}
