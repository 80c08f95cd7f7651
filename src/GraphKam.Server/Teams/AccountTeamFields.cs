using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Teams;

/// <summary><c>Account.team</c>: who works the account now (or ever), for the company's staff.</summary>
public sealed class AccountTeamFields(TimeProvider clock) : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountTeamMemberType>>>>("team")
            .Description("The account's team: its owner first (as OWNER), then the members by role and start (staff only).")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeEnded",
                "Also the memberships that ended or have not started yet (the team's history).", a => a.DefaultValue = false)
            .Resolve(c =>
            {
                var (account, owner) = (c.Source.Id, c.Source.OwnerId);
                return Memberships(c, c.GetArgument<bool>("includeEnded")).Load(account).Then(members =>
                {
                    var team = new List<AccountTeamMember>();
                    if (owner is { } ownerId) team.Add(AccountTeamMemberType.OwnerEntry(account, ownerId));
                    team.AddRange(members ?? []);
                    return team;
                });
            })
            .Reads()
            .FieldType.RequireRoles(Roles.Internal);

    /// <summary>The memberships of every account of a level, in one statement.</summary>
    private BatchLoader<int, List<AccountTeamMember>> Memberships(IResolveFieldContext context, bool all) =>
        context.DatabaseLoader<int, List<AccountTeamMember>>((typeof(AccountTeamFields), all), async (db, ids, cancellationToken) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var memberships = db.AccountTeamMembers.AsNoTracking().Where(m => ids.Contains(m.AccountId));
            var rows = await (all ? memberships : memberships.Where(Periods.ActiveAt<AccountTeamMember>(now)))
                .OrderBy(m => m.Role).ThenBy(m => m.Since).ThenBy(m => m.Id)
                .ToListAsync(cancellationToken);
            return rows.GroupBy(m => m.AccountId).ToDictionary(g => g.Key, g => g.ToList());
        });
}
