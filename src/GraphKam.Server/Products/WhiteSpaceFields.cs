using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Products;

/// <summary><c>AccountPlan.whiteSpaceProducts</c>: where the plan's account could buy more, from the catalogue.</summary>
public sealed class WhiteSpaceFields(TimeProvider clock) : ITypeExtension<AccountPlanType>
{
    public void Extend(AccountPlanType plan) =>
        plan.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductType>>>>("whiteSpaceProducts")
            .Description("The active catalogue products the plan's account does not use now, by family and name.")
            .Resolve(c => WhiteSpace(c).Load(c.Source.AccountId).Then(products => products ?? []))
            .FieldType.RequireRoles(Roles.Internal)
            .Reads();

    /// <summary>The white space of every plan's account of a level: the active catalogue once, and the uses of all.</summary>
    private BatchLoader<int, List<Product>> WhiteSpace(IResolveFieldContext context) =>
        context.DatabaseLoader<int, List<Product>>(typeof(WhiteSpaceFields), async (db, ids, cancellationToken) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var catalogue = await db.Set<Product>().AsNoTracking().Where(p => p.Active)
                .OrderBy(p => p.Family).ThenBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(cancellationToken);
            var used = (await db.Set<AccountProduct>().AsNoTracking().Where(p => ids.Contains(p.AccountId))
                    .Where(Periods.ActiveAt<AccountProduct>(now)).Select(p => new { p.AccountId, p.ProductId }).ToListAsync(cancellationToken))
                .ToLookup(p => p.AccountId, p => p.ProductId);
            return ids.Distinct().ToDictionary(id => id, id =>
            {
                var inUse = used[id].ToHashSet();
                return catalogue.Where(p => !inUse.Contains(p.Id)).ToList();
            });
        });
}
