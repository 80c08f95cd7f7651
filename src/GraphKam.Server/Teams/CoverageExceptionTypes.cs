using System.Text.RegularExpressions;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Teams;

public sealed partial class CoverageExceptionType : ObjectType<CoverageExceptionEntry>
{
    public CoverageExceptionType()
    {
        Name = "CoverageException";
        Description = "One way an active account breaks its tier's coverage rule now (default tier policy).";
        Field<NonNullGraphType<CoverageExceptionKindType>>("kind").Description("What is wrong.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.Source.Account);
        Field(e => e.TierCode).Description("The account's tier in the default policy, whose rule it breaks.");
        Field<NonNullGraphType<CoverageType>>("coverage").Description("The account's coverage.").Resolve(c => c.Source.Coverage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageType>>>>("allowedCoverage")
            .Description("The coverages the tier's rule allows.").Resolve(c => CoverageBits.Values<Coverage>(c.Source.AllowedCoverage));
        Field<TeamRoleType>("role").Description("The required role nobody holds (MISSING_TEAM_ROLE); null for WRONG_COVERAGE.")
            .Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("detail").Description("What is wrong, in words.").Resolve(c => Detail(c.Source));
    }

    private static string Detail(CoverageExceptionEntry e) => e.Role is { } role
        ? $"Nobody on the team holds {GraphQLName(role)}, which tier {e.TierCode} requires."
        : $"Coverage {GraphQLName(e.Coverage)} is not allowed in tier {e.TierCode} (allowed: "
            + string.Join(", ", CoverageBits.Values<Coverage>(e.AllowedCoverage).Select(c => GraphQLName(c))) + ").";

    /// <summary>An enum value as GraphQL spells it (OUTSIDE_SALES).</summary>
    private static string GraphQLName<TEnum>(TEnum value) where TEnum : struct, Enum =>
        WordStart().Replace(value.ToString(), "_$1").ToUpperInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}

public sealed class CoverageExceptionFilterInput : FilterInputType<CoverageExceptionEntry>
{
    public CoverageExceptionFilterInput() : base("Conditions on coverage exceptions, e.g. `kind: { eq: WRONG_COVERAGE }`.")
    {
        Enum<CoverageExceptionKindType, CoverageExceptionKind>("kind", e => e.Kind, "What is wrong.");
        Enum<TeamRoleType, TeamRole?>("role", e => e.Role, "The required role nobody holds.");
        Enum<CoverageType, Coverage>("coverage", e => e.Coverage, "The account's coverage.");
        Field("tierCode", e => e.TierCode, "The account's tier.");
        Object<AccountFilterInput, Account>("account", e => e.Account, "The account.");
    }
}

public sealed class CoverageExceptionSortInput : SortInputType<CoverageExceptionEntry>
{
    public CoverageExceptionSortInput() : base("Sort keys for coverage exceptions (by account, then kind, when no order is given).")
    {
        Field("kind", e => e.Kind, "By kind, WRONG_COVERAGE first.");
        Field("role", e => e.Role, "By the missing role, in the order of TeamRole.");
        Field("tierCode", e => e.TierCode, "By tier code.");
        Object<AccountSortInput, Account>("account", e => e.Account, "By the account's fields.");
    }
}
