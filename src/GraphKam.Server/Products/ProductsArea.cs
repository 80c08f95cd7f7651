using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using GraphKam.Server.Plans;

namespace GraphKam.Server.Products;

/// <summary>
/// The product catalogue (reference data), what each account uses (which keeps its <c>productsInUse</c> and so its
/// tiers in step), and the plans' white space drawn from the catalogue.
/// </summary>
public sealed class ProductsArea : IArea
{
    public void Register(AreaBuilder area) =>
        area.Query<ProductQueries>().Mutations<ProductMutations>()
            .Extend<AccountType, AccountProductFields>()
            .Extend<AccountPlanType, WhiteSpaceFields>()
            .Access<ProductAccess>();
}
