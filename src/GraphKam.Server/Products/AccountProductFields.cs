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

namespace GraphKam.Server.Products;

/// <summary><c>Account.products</c>: what the account uses now (or ever), for the company's staff.</summary>
public sealed class AccountProductFields(TimeProvider clock) : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountProductType>>>>("products")
            .Description("The products the account uses now, by start (staff only).")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeEnded",
                "Also the uses that ended or have not started yet (the account's product history).", a => a.DefaultValue = false)
            .Resolve(c => Uses(c, c.GetArgument<bool>("includeEnded")).Load(c.Source.Id).Then(rows => rows ?? []))
            .FieldType.RequireRoles(Roles.Internal)
            .Reads();

    /// <summary>The rows of every account of a level, in one statement.</summary>
    private BatchLoader<int, List<AccountProduct>> Uses(IResolveFieldContext context, bool all) =>
        context.DatabaseLoader<int, List<AccountProduct>>((typeof(AccountProductFields), all), async (db, ids, cancellationToken) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var rows = db.Set<AccountProduct>().AsNoTracking().Where(p => ids.Contains(p.AccountId));
            var list = await (all ? rows : rows.Where(Periods.ActiveAt<AccountProduct>(now)))
                .OrderBy(p => p.Since).ThenBy(p => p.Id).ToListAsync(cancellationToken);
            return list.GroupBy(p => p.AccountId).ToDictionary(g => g.Key, g => g.ToList());
        });
}
