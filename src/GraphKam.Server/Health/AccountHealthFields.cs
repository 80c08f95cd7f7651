using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Health;

/// <summary><c>Account.health</c>, added by the health area. Internal: partners do not see our reading of a customer.</summary>
public sealed class AccountHealthFields(TimeProvider clock, IOptions<HealthOptions> options) : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.Field<AccountHealthType>("health")
            .Description("How healthy the relationship is now, with the reasons; null for an archived account. Not for partners.")
            .RequireRoles(Roles.Internal)
            .Resolve(c => Healths(c).Load(c.Source.Id))
            .Reads();

    /// <summary>The health of every account of a level, in one statement, as of this request's clock.</summary>
    private BatchLoader<int, AccountHealth> Healths(IResolveFieldContext context) =>
        context.DatabaseLoader<int, AccountHealth>(typeof(AccountHealth), async (db, ids, cancellationToken) =>
            await AccountHealthQuery.Query(db, clock.GetUtcNow().UtcDateTime, options.Value, ids)
                .ToDictionaryAsync(h => h.Id, cancellationToken));
}
