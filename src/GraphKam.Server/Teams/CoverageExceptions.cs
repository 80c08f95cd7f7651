using System.Linq.Expressions;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Teams;

/// <summary>
/// One way one account breaks its tier's coverage rule: a coverage the rule does not allow, or a required team role
/// nobody holds (one row per missing role). Identified by account and what is broken, so that lists of them page.
/// </summary>
public sealed class CoverageExceptionEntry : IEntity
{
    public int Id { get; set; }
    public CoverageExceptionKind Kind { get; set; }
    public Account Account { get; set; } = null!;
    public string TierCode { get; set; } = "";
    public Coverage Coverage { get; set; }
    public int AllowedCoverage { get; set; }

    /// <summary>The role nobody holds (MISSING_TEAM_ROLE); null for a wrong coverage.</summary>
    public TeamRole? Role { get; set; }
}

public static class CoverageExceptions
{
    /// <summary>
    /// Every exception of every active account graded in the default policy whose tier has a rule, as of
    /// <paramref name="now"/> (the team members then): one statement, a union of one select per kind and role, so that
    /// filters, sorts and paging stay in SQL, and a changed tier, coverage or team shows at the next query.
    /// </summary>
    public static IQueryable<CoverageExceptionEntry> Query(DbContext db, DateTime now)
    {
        var members = db.Set<AccountTeamMember>().Where(Periods.ActiveAt<AccountTeamMember>(now));
        var ruled = db.Set<AccountTier>().Where(t => t.Policy!.IsDefault && t.Account!.ArchivedAt == null)
            .Join(db.Set<CoverageRule>(), t => t.TierCode, r => r.TierCode, (t, r) => new Ruled
            {
                AccountId = t.AccountId,
                TierCode = t.TierCode,
                Coverage = t.Account!.Coverage,
                Allowed = r.AllowedCoverage,
                Required = r.RequiredRoles,
                HasOwner = t.Account!.OwnerId != null,
                OwnerRole = (UserRole?)t.Account!.Owner!.Role,
            });
        // The coverage's bit in the rule's set, picked in SQL (a method call would not translate); Coverage has three values.
        var (outside, inside, channel) =
            (CoverageBits.Bit(Coverage.Outside), CoverageBits.Bit(Coverage.Inside), CoverageBits.Bit(Coverage.Channel));
        var rows = ruled.Where(x => (x.Allowed & (x.Coverage == Coverage.Outside ? outside
                : x.Coverage == Coverage.Inside ? inside : channel)) == 0)
            .Select(x => new Row
            {
                Id = x.AccountId * 8,
                AccountId = x.AccountId,
                Kind = CoverageExceptionKind.WrongCoverage,
                TierCode = x.TierCode,
                Coverage = x.Coverage,
                Allowed = x.Allowed,
                Role = null,
            });
        foreach (var role in Enum.GetValues<TeamRole>())
        {
            var bit = CoverageBits.Bit(role);
            rows = rows.Concat(ruled.Where(x => (x.Required & bit) != 0).Where(Unheld(role, members)).Select(x => new Row
            {
                Id = x.AccountId * 8 + (int)role,
                AccountId = x.AccountId,
                Kind = CoverageExceptionKind.MissingTeamRole,
                TierCode = x.TierCode,
                Coverage = x.Coverage,
                Allowed = x.Allowed,
                Role = role,
            }));
        }
        // The account is joined after the union: EF Core cannot follow an entity's navigations out of a set operation.
        return rows.Join(db.Set<Account>(), r => r.AccountId, a => a.Id, (r, a) => new CoverageExceptionEntry
        {
            Id = r.Id,
            Kind = r.Kind,
            Account = a,
            TierCode = r.TierCode,
            Coverage = r.Coverage,
            AllowedCoverage = r.Allowed,
            Role = r.Role,
        });
    }

    /// <summary>
    /// Nobody holds the role: OWNER is the account's owner; an owner who is an account manager (outside sales) or
    /// inside sales holds that sales role too; any role is held by an active member in it.
    /// </summary>
    private static Expression<Func<Ruled, bool>> Unheld(TeamRole role, IQueryable<AccountTeamMember> members) => role switch
    {
        TeamRole.Owner => x => !x.HasOwner,
        TeamRole.OutsideSales => x => x.OwnerRole != UserRole.AccountManager
            && !members.Any(m => m.AccountId == x.AccountId && m.Role == TeamRole.OutsideSales),
        TeamRole.InsideSales => x => x.OwnerRole != UserRole.InsideSales
            && !members.Any(m => m.AccountId == x.AccountId && m.Role == TeamRole.InsideSales),
        _ => x => !members.Any(m => m.AccountId == x.AccountId && m.Role == role),
    };

    /// <summary>An account graded in the default policy, with its tier's rule.</summary>
    private sealed class Ruled
    {
        public int AccountId { get; init; }
        public string TierCode { get; init; } = "";
        public Coverage Coverage { get; init; }
        public int Allowed { get; init; }
        public int Required { get; init; }
        public bool HasOwner { get; init; }
        public UserRole? OwnerRole { get; init; }
    }

    /// <summary>One exception before its account is joined.</summary>
    private sealed class Row
    {
        public int Id { get; init; }
        public int AccountId { get; init; }
        public CoverageExceptionKind Kind { get; init; }
        public string TierCode { get; init; } = "";
        public Coverage Coverage { get; init; }
        public int Allowed { get; init; }
        public TeamRole? Role { get; init; }
    }
}
