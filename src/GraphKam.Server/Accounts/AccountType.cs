using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Accounts;

public sealed class AccountType : NodeGraphType<Account>
{
    public AccountType(IEnumerable<ITypeExtension<AccountType>> extensions) : base("Account", "A key account: a customer that matters to revenue, profit or strategy.")
    {
        Field(a => a.Name).Description("The account's registered name (Chinese or international).");
        Field<NonNullGraphType<IndustryType>>("industry").Description("The account's industry.").Resolve(c => c.Source.Industry);
        Field(a => a.Region).Description("The region (province or municipality) the account belongs to.");
        Field<NonNullGraphType<AccountScaleType>>("scale").Description("The account's size class.").Resolve(c => c.Source.Scale);
        Field(a => a.Employees).Description("Number of employees.");
        Field(a => a.MonthlyRevenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Average monthly revenue from this account, in yuan.");
        Field(a => a.MonthlyItRevenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Average monthly informatisation (IT-services) revenue, in yuan.");
        Field(a => a.ProductsInUse).Description("Number of our products the account uses.");
        Field(a => a.Strategic).Description("Strategic designation (party, government, military, courts, police, media, key industries): strategic whatever the revenue.");
        Field<AccountType>("parent").Description("The group headquarters this account is a branch of.")
            .ResolvesTo(a => a.Parent, a => a.ParentId);
        this.AddConnection<Account, Account, AccountType, AccountFilterInput, AccountSortInput>("children",
            "branches of this account (archived ones left out)", a => a.Children.Where(child => child.ArchivedAt == null),
            new ConnectionOptions<Account> { ConnectionName = "ChildrenConnection" });
        Field<UserType>("owner").Description("The account manager who owns the account.")
            .ResolvesTo(a => a.Owner, a => a.OwnerId);
        Field<NonNullGraphType<CoverageType>>("coverage").Description("Who serves the account.").Resolve(c => c.Source.Coverage);
        Field<NonNullGraphType<LoyaltyStageType>>("loyaltyStage").Description("How far the account's loyalty has grown.").Resolve(c => c.Source.LoyaltyStage);
        Field(a => a.Satisfaction, nullable: true).Description("Satisfaction from 0 to 100, to one decimal: the mean of the account's "
            + "surveys (`recordSatisfaction`) of the last `GraphKam:Service:SatisfactionWindowDays` days (365 unless configured). "
            + "An account with no survey in that window keeps the value set by hand (`updateAccount`) or its last mean; null until measured.");
        Field(a => a.CreatedAt).Description("When the account was created (UTC).");
        Field(a => a.UpdatedAt).Description("When the account last changed (UTC).");
        Field(a => a.ArchivedAt, nullable: true).Description("When the account was archived (UTC); null while it is active.");
        Field(a => a.Version).Description("Changes with every update; send it back with `updateAccount` to detect concurrent changes.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasureType>>>>("measures")
            .Description("Named measures of the account (e.g. `cardSpend`), by name.")
            .Resolve(c => c.LoadChildren<AccountMeasure>(m => m.AccountId, c.Source.Id).Then(m => (m ?? []).OrderBy(x => x.Key, StringComparer.Ordinal).ToList()));
        this.ApplyExtensions(extensions);
    }
}
