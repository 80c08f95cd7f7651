using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphQL.Types;

namespace GraphKam.Server.OrgCharts;

public sealed class OrgChartEntryType : ObjectType<OrgChartEntry>
{
    public OrgChartEntryType()
    {
        Name = "OrgChartEntry";
        Description = "One contact of an organisation chart, listed depth-first: draw the tree from `depth` and `managerId`.";
        Field<NonNullGraphType<ContactType>>("contact").Description("The contact.").Resolve(c => c.Source.Contact);
        Field(e => e.Depth).Description("0 at the top of a tree, then 1, 2…");
        Field<IdGraphType>("managerId").Description("The manager's ID; null at the top of a tree.")
            .Resolve(c => c.Source.ManagerId is { } id ? GlobalId.Encode("Contact", id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("path").Description("The IDs from the top of the tree down to this contact.")
            .Resolve(c => c.Source.Path.Select(id => GlobalId.Encode("Contact", id)));
    }
}

public sealed class CoverageRiskType : EnumType<CoverageRisk>;

public sealed class RoleCoverageType : ObjectType<RoleCoverage>
{
    public RoleCoverageType()
    {
        Name = "RoleCoverage";
        Description = "Which buying roles are mapped at the account, who is for and against us, and the risk that brings.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("decisionMakers").Description("The decision makers.").Resolve(c => c.Source.DecisionMakers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("technicalGatekeepers").Description("The technical gatekeepers.").Resolve(c => c.Source.TechnicalGatekeepers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("financialGatekeepers").Description("The financial gatekeepers.").Resolve(c => c.Source.FinancialGatekeepers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("users").Description("The heads of using departments.").Resolve(c => c.Source.Users);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BuyingRoleType>>>>("missingRoles").Description("Key roles nobody holds: decision maker, gatekeepers, user.").Resolve(c => c.Source.MissingRoles);
        Field(r => r.Supporters).Description("How many contacts support us.");
        Field(r => r.Opponents).Description("How many contacts oppose us.");
        Field<NonNullGraphType<CoverageRiskType>>("risk").Description("The overall risk.").Resolve(c => c.Source.Risk);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("risks").Description("Each reason for the risk, in words.").Resolve(c => c.Source.Risks);
    }
}
