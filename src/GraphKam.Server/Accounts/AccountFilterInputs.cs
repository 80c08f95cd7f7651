using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Data;
using GraphKam.Server.Users;

namespace GraphKam.Server.Accounts;

public sealed class AccountFilterInput : FilterInputType<Account>
{
    public AccountFilterInput(IEnumerable<ITypeExtension<AccountFilterInput>> extensions) : base("Conditions on accounts. Fields are combined with AND; use `or` for alternatives.")
    {
        Id("id", a => a.Id, "Account", "The account's ID.");
        Field("name", a => a.Name, "The account's name.");
        Enum<IndustryType, Industry>("industry", a => a.Industry, "The industry.");
        Field("region", a => a.Region, "The region.");
        Enum<AccountScaleType, AccountScale>("scale", a => a.Scale, "The size class.");
        Field("employees", a => a.Employees, "Number of employees.");
        Field("monthlyRevenue", a => a.MonthlyRevenue, "Monthly revenue in yuan.");
        Field("monthlyItRevenue", a => a.MonthlyItRevenue, "Monthly IT-services revenue in yuan.");
        Field("productsInUse", a => a.ProductsInUse, "Number of our products in use.");
        Field("strategic", a => a.Strategic, "Strategic designation.");
        Object<AccountFilterInput, Account>("parent", a => a.Parent, "The group headquarters (matches only accounts that have one).");
        List<AccountFilterInput, Account>("children", a => a.Children, "The branches.");
        Object<UserFilterInput, User>("owner", a => a.Owner, "The owning account manager (matches only accounts that have one).");
        Id("ownerId", a => a.OwnerId, "User", "The owner's ID; `eq: null` finds accounts without an owner.");
        Id("parentId", a => a.ParentId, "Account", "The parent's ID; `eq: null` finds top-level accounts.");
        Enum<CoverageType, Coverage>("coverage", a => a.Coverage, "Who serves the account.");
        Enum<LoyaltyStageType, LoyaltyStage>("loyaltyStage", a => a.LoyaltyStage, "The loyalty stage.");
        Field("satisfaction", a => a.Satisfaction, "Satisfaction score (0–100).");
        Field("createdAt", a => a.CreatedAt, "When the account was created.");
        Field("updatedAt", a => a.UpdatedAt, "When the account last changed.");
        Field("archivedAt", a => a.ArchivedAt, "When the account was archived.");
        List<MeasureFilterInput, AccountMeasure>("measures", a => a.Measures, "Named measures.");
        // Partners cannot read these, so they may not filter or sort by them either.
        this.HideFromRestricted("owner", "ownerId", "parentId");
        this.ApplyExtensions(extensions);
    }
}
