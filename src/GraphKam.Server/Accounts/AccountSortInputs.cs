using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Data;
using GraphKam.Server.Users;

namespace GraphKam.Server.Accounts;

public sealed class AccountSortInput : SortInputType<Account>
{
    public AccountSortInput(IEnumerable<ITypeExtension<AccountSortInput>> extensions) : base("Sort keys for accounts; give one field per list item, most significant first.")
    {
        Field("name", a => a.Name, "By name.");
        Field("industry", a => a.Industry, "By industry, in the order of the Industry enum.");
        Field("region", a => a.Region, "By region.");
        Field("scale", a => a.Scale, "By size class, largest class first ascending.");
        Field("employees", a => a.Employees, "By number of employees.");
        Field("monthlyRevenue", a => a.MonthlyRevenue, "By monthly revenue.");
        Field("monthlyItRevenue", a => a.MonthlyItRevenue, "By monthly IT-services revenue.");
        Field("productsInUse", a => a.ProductsInUse, "By number of products in use.");
        Field("strategic", a => a.Strategic, "Non-strategic first ascending.");
        Object<AccountSortInput, Account>("parent", a => a.Parent, "By the parent account's fields.");
        Object<UserSortInput, User>("owner", a => a.Owner, "By the owner's fields.");
        Field("coverage", a => a.Coverage, "By coverage, in the order of the Coverage enum.");
        Field("loyaltyStage", a => a.LoyaltyStage, "By loyalty stage, from suspicion to advocate ascending.");
        Field("satisfaction", a => a.Satisfaction, "By satisfaction score.");
        Field("createdAt", a => a.CreatedAt, "By creation time.");
        Field("updatedAt", a => a.UpdatedAt, "By time of last change.");
        // Partners cannot read these, so they may not filter or sort by them either.
        this.HideFromRestricted("owner");
        this.ApplyExtensions(extensions);
    }
}
