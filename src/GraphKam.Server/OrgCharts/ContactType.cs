using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.OrgCharts;

public sealed class ContactType : NodeGraphType<Contact>
{
    public ContactType() : base("Contact", "A person at a key account, placed in its organisation chart with their part in buying decisions.")
    {
        Field<NonNullGraphType<AccountType>>("account").Description("The account the person works for.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field(x => x.Name).Description("The person's name.");
        Field(x => x.Title, nullable: true).Description("Job title, e.g. 信息中心主任 (head of the IT centre).");
        Field(x => x.Department, nullable: true).Description("Department.");
        Field(x => x.Email, nullable: true).Description("E-mail address.");
        Field(x => x.Phone, nullable: true).Description("Phone number.");
        Field<NonNullGraphType<BuyingRoleType>>("buyingRole").Description("Their part in buying decisions.").Resolve(c => c.Source.BuyingRole);
        Field<PersonalityStyleType>("style").Description("Their personality style, which decides how to talk to them.").Resolve(c => c.Source.Style);
        Field<NonNullGraphType<AttitudeType>>("attitude").Description("Their attitude toward us.").Resolve(c => c.Source.Attitude);
        Field(x => x.Influence).Description("Influence on decisions, from 1 (little) to 5 (decisive).");
        Field(x => x.RelationshipStrength).Description("Our relationship with them, from 1 (none) to 5 (close).");
        Field<ContactType>("reportsTo").Description("Their manager in the chart.").Resolve(c => c.LoadById<Contact>(c.Source.ReportsToId));
        this.AddConnection<Contact, Contact, ContactType, ContactFilterInput, ContactSortInput>("directReports",
            "people who report to this contact", c => c.DirectReports.Where(r => r.RemovedAt == null),
            new ConnectionOptions<Contact> { ConnectionName = "DirectReportsConnection" });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("dottedLines")
            .Description("Dotted-line relations: other contacts of the account this person also answers to or works closely with.")
            .Resolve(c => c.LoadChildren<ContactLink>(l => l.ContactId, c.Source.Id, include: l => l.RelatedContact)
                .Then(links => (links ?? []).Select(l => l.RelatedContact!).Where(r => r.RemovedAt == null).OrderBy(r => r.Name).ToList()));
        Field<RolePlanType>("rolePlan").Description("How we serve this person.")
            .Resolve(c => c.LoadChildren<RolePlan>(p => p.ContactId, c.Source.Id).Then(plans => plans?.FirstOrDefault()));
        Field(x => x.IsPrimary).Description("Whether this is the account's primary contact.");
        Field(x => x.Notes, nullable: true).Description("Free notes.");
        Field(x => x.CreatedAt).Description("When the contact was added (UTC).");
        Field(x => x.UpdatedAt).Description("When the contact last changed (UTC).");
        Field(x => x.RemovedAt, nullable: true).Description("When the contact was removed from the chart (UTC); removed contacts stay in activity history.");
        Field(x => x.Version).Description("Changes with every update; send it back to detect concurrent changes.");
    }
}

public sealed class RolePlanType : NodeGraphType<RolePlan>
{
    public RolePlanType() : base("RolePlan", "A role service plan (角色服务计划): how we serve one contact, and when the next action is due.")
    {
        Field<NonNullGraphType<ContactType>>("contact").Description("The contact served.").Resolve(c => c.LoadById<Contact>(c.Source.ContactId));
        Field(p => p.Goal).Description("What we want with this person.");
        Field(p => p.Method, nullable: true).Description("How we go about it.");
        Field(p => p.Action, nullable: true).Description("The next concrete action.");
        Field(p => p.FrequencyDays).Description("How often to act, in days; logging an activity with the contact schedules the next action this far ahead.");
        Field(p => p.NextActionAt, nullable: true).Description("When the next action is due (UTC).");
        Field<NonNullGraphType<PlanStatusType>>("status").Description("Where the plan stands.").Resolve(c => c.Source.Status);
        Field(p => p.UpdatedAt).Description("When the plan last changed (UTC).");
    }
}
