using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace GraphKam.Server.OrgCharts;

/// <summary>The org-chart fields of <c>Account</c>, added by the org-chart area.</summary>
public sealed class AccountOrgChartFields : ITypeExtension<AccountType>
{
    public void Extend(AccountType account)
    {
        account.AddConnection<Account, Contact, ContactType, ContactFilterInput, ContactSortInput>("contacts",
            "people of this account (removed ones left out)", a => a.Contacts.Where(c => c.RemovedAt == null),
            new ConnectionOptions<Contact> { ConnectionName = "ContactsConnection" });
        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgChartEntryType>>>>("orgChart")
            .Description("The whole organisation chart, depth-first with depth and manager, to draw from one request however deep it is.")
            .Resolve(c => ChartContacts(c).Then(OrgChart.Layout))
            .Reads();
        account.Field<NonNullGraphType<RoleCoverageType>>("roleCoverage")
            .Description("Which buying roles are mapped, who is for and against us, and the risk that brings.")
            .Resolve(c => ChartContacts(c).Then(RoleCoverage.Assess))
            .Reads();
    }

    /// <summary>Every current contact of the account: one statement for all accounts of a level.</summary>
    private static IDataLoaderResult<IReadOnlyList<Contact>> ChartContacts(IResolveFieldContext<Account> context) =>
        context.LoadChildren<Contact>(c => c.AccountId, context.Source.Id, where: c => c.RemovedAt == null)
            .Then(contacts => (IReadOnlyList<Contact>)(contacts ?? []));
}
