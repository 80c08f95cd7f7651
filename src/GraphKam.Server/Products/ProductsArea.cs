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
    public void Register(AreaBuilder area)
    {
        area.Query<ProductQueries>().Mutations<ProductMutations>()
            .Extend<AccountType, AccountProductFields>()
            .Extend<AccountPlanType, WhiteSpaceFields>()
            .Access<ProductAccess>();
        area.Options<ProductOptions>("GraphKam:Products")
            .Validate(o => o.RecountInterval >= TimeSpan.FromSeconds(1) && o.RecountInterval <= TimeSpan.FromDays(1),
                "GraphKam:Products:RecountInterval must be from 00:00:01 to 1.00:00:00.")
            .ValidateOnStart();
        area.Services.AddSingleton<ProductRecount>().AddSingleton<IDerivedFigureSource, ProductDerivedFigures>();
        area.Services.AddHostedService(services => services.GetRequiredService<ProductRecount>());
    }
}
