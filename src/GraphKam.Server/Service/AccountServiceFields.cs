using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Service;

/// <summary>The service fields of <c>Account</c>, added by the service area.</summary>
public sealed class AccountServiceFields(TimeProvider clock) : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.Field<ServiceStatusType>("serviceStatus")
            .Description("Where the account stands against its tier's service standard; null for an archived account.")
            .Resolve(c => ServiceStatuses(c).Load(c.Source.Id))
            .Reads();

    /// <summary>The service status of every account of a level, in one statement, as of this request's clock.</summary>
    private BatchLoader<int, ServiceStatus> ServiceStatuses(IResolveFieldContext context) =>
        context.DatabaseLoader<int, ServiceStatus>(typeof(ServiceStatus), async (db, ids, cancellationToken) =>
            await ServiceCompliance.Query(db, clock.GetUtcNow().UtcDateTime, ids)
                .ToDictionaryAsync(s => s.Id, cancellationToken));
}
