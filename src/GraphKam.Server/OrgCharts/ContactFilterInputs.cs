using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Server.OrgCharts;

public sealed class ContactFilterInput : FilterInputType<Contact>
{
    public ContactFilterInput() : base("Conditions on contacts.")
    {
        Id("id", c => c.Id, "Contact", "The contact's ID.");
        Field("name", c => c.Name, "The person's name.");
        Field("title", c => c.Title, "Job title.");
        Field("department", c => c.Department, "Department.");
        Field("email", c => c.Email, "E-mail address.");
        Enum<BuyingRoleType, BuyingRole>("buyingRole", c => c.BuyingRole, "Their part in buying decisions.");
        Enum<PersonalityStyleType, PersonalityStyle?>("style", c => c.Style, "Personality style.");
        Enum<AttitudeType, Attitude>("attitude", c => c.Attitude, "Attitude toward us.");
        Field("influence", c => c.Influence, "Influence, 1 to 5.");
        Field("relationshipStrength", c => c.RelationshipStrength, "Relationship strength, 1 to 5.");
        Field("isPrimary", c => c.IsPrimary, "Whether this is the primary contact.");
        Object<ContactFilterInput, Contact>("reportsTo", c => c.ReportsTo, "Their manager (matches only contacts that have one).");
        Id("reportsToId", c => c.ReportsToId, "Contact", "Their manager's ID; `eq: null` finds the top of each chart.");
        Object<AccountFilterInput, Account>("account", c => c.Account, "The account.");
        Field("createdAt", c => c.CreatedAt, "When the contact was added.");
    }
}

public sealed class ContactSortInput : SortInputType<Contact>
{
    public ContactSortInput() : base("Sort keys for contacts.")
    {
        Field("name", c => c.Name, "By name.");
        Field("title", c => c.Title, "By title.");
        Field("department", c => c.Department, "By department.");
        Field("buyingRole", c => c.BuyingRole, "By buying role, decision makers first ascending.");
        Field("attitude", c => c.Attitude, "By attitude, supporters first ascending.");
        Field("influence", c => c.Influence, "By influence.");
        Field("relationshipStrength", c => c.RelationshipStrength, "By relationship strength.");
        Field("createdAt", c => c.CreatedAt, "By when they were added.");
        Object<AccountSortInput, Account>("account", c => c.Account, "By the account's fields.");
    }
}
