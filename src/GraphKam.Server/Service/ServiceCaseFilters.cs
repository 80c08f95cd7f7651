using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Users;

namespace GraphKam.Server.Service;

public sealed class ServiceCaseFilterInput : FilterInputType<ServiceCase>
{
    public ServiceCaseFilterInput(TimeProvider clock) : base("Conditions on service cases, e.g. `breached: { eq: true }`.")
    {
        Id("id", c => c.Id, "ServiceCase", "The case's ID.");
        Object<AccountFilterInput, Account>("account", c => c.Account, "The account.");
        Id("accountId", c => c.AccountId, "Account", "The account, by ID.");
        Object<ContactFilterInput, Contact>("contact", c => c.Contact, "The account's person who raised it.");
        Enum<ServiceCaseKindType, ServiceCaseKind>("kind", c => c.Kind, "What it is.");
        Enum<ServiceSeverityType, ServiceSeverity>("severity", c => c.Severity, "How urgent it is.");
        Enum<ServiceChannelType, ServiceChannel>("channel", c => c.Channel, "How it reached us.");
        Enum<ServiceCaseStatusType, ServiceCaseStatus>("status", c => c.Status, "Where it stands.");
        Field("subject", c => c.Subject, "What it is about.");
        Field("tierCode", c => c.TierCode, "The tier that set its deadlines.");
        Object<UserFilterInput, User>("owner", c => c.Owner, "Who handles it.");
        Id("ownerId", c => c.OwnerId, "User", "Who handles it, by ID.");
        Field("openedAt", c => c.OpenedAt, "When it was opened.");
        Field("respondBy", c => c.RespondBy, "The response deadline.");
        Field("resolveBy", c => c.ResolveBy, "The resolution deadline.");
        Field("firstResponseAt", c => c.FirstResponseAt, "When it was first answered.");
        Field("resolvedAt", c => c.ResolvedAt, "When it was resolved.");
        Field("closedAt", c => c.ClosedAt, "When it was closed.");
        // Evaluated in SQL against the server's clock at each query.
        Field("breached", ServiceLevels.Breached(() => clock.GetUtcNow().UtcDateTime), "Whether it missed a deadline.");
        this.HideFromRestricted("owner", "ownerId");
    }
}

public sealed class ServiceCaseSortInput : SortInputType<ServiceCase>
{
    public ServiceCaseSortInput(TimeProvider clock) : base("Sort keys for service cases (newest first when no order is given).")
    {
        Field("openedAt", c => c.OpenedAt, "By when it was opened.");
        Field("respondBy", c => c.RespondBy, "By the response deadline.");
        Field("resolveBy", c => c.ResolveBy, "By the resolution deadline.");
        Field("severity", c => c.Severity, "By severity, critical first when ascending.");
        Field("status", c => c.Status, "By status.");
        Field("breached", ServiceLevels.Breached(() => clock.GetUtcNow().UtcDateTime), "Breached cases last when ascending.");
    }
}
