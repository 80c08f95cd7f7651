using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.OrgCharts;

public sealed record AddContactInput(string AccountId, string Name, string? Title, string? Department, string? Email, string? Phone,
    BuyingRole BuyingRole, PersonalityStyle? Style, Attitude Attitude, int Influence, int RelationshipStrength,
    string? ReportsToId, IReadOnlyList<string> DottedLineIds, bool IsPrimary, string? Notes);

public sealed record UpdateContactInput(string Id, int Version, Optional<string?> Name, Optional<string?> Title, Optional<string?> Department,
    Optional<string?> Email, Optional<string?> Phone, Optional<BuyingRole?> BuyingRole, Optional<PersonalityStyle?> Style,
    Optional<Attitude?> Attitude, Optional<int?> Influence, Optional<int?> RelationshipStrength, Optional<string?> ReportsToId,
    IReadOnlyList<string>? DottedLineIds, Optional<bool?> IsPrimary, Optional<string?> Notes);

public sealed record MoveContactInput(string ContactId, string? ReportsToId, int? Version);
public sealed record RemoveContactInput(string ContactId, int? Version);
public sealed record UpsertRolePlanInput(string ContactId, string Goal, string? Method, string? Action, int FrequencyDays, DateTime? NextActionAt, PlanStatus Status);

public sealed class AddContactInputType : InputObjectGraphType
{
    public AddContactInputType()
    {
        Name = "AddContactInput";
        Description = "A person to add to an account's organisation chart.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The person's name.");
        Field<StringGraphType>("title").Description("Job title.");
        Field<StringGraphType>("department").Description("Department.");
        Field<StringGraphType>("email").Description("E-mail address.");
        Field<StringGraphType>("phone").Description("Phone number.");
        Field<NonNullGraphType<BuyingRoleType>>("buyingRole").Description("Their part in buying decisions.").DefaultValue(BuyingRole.Other);
        Field<PersonalityStyleType>("style").Description("Personality style.");
        Field<NonNullGraphType<AttitudeType>>("attitude").Description("Attitude toward us.").DefaultValue(Attitude.Neutral);
        Field<NonNullGraphType<IntGraphType>>("influence").Description("Influence, 1 to 5.").DefaultValue(3);
        Field<NonNullGraphType<IntGraphType>>("relationshipStrength").Description("Relationship strength, 1 to 5.").DefaultValue(1);
        Field<IdGraphType>("reportsToId").Description("Their manager, a contact of the same account.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("dottedLineIds").Description("Contacts of the same account they have a dotted line to.");
        Field<NonNullGraphType<BooleanGraphType>>("isPrimary").Description("Make them the account's primary contact (the previous one stops being it).").DefaultValue(false);
        Field<StringGraphType>("notes").Description("Free notes.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AddContactInput(
        value.RequiredId("accountId"), value.Required<string>("name"), value.Get<string>("title"), value.Get<string>("department"),
        value.Get<string>("email"), value.Get<string>("phone"), value.Required<BuyingRole>("buyingRole"), value.Get<PersonalityStyle?>("style"),
        value.Required<Attitude>("attitude"), value.Required<int>("influence"), value.Required<int>("relationshipStrength"),
        value.GetId("reportsToId"), IdList(value, "dottedLineIds") ?? [], value.Required<bool>("isPrimary"), value.Get<string>("notes"));

    internal static List<string>? IdList(IDictionary<string, object?> value, string name) =>
        value.GetList<object>(name)?.Select(id => Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)!).ToList();
}

public sealed class UpdateContactInputType : InputObjectGraphType
{
    public UpdateContactInputType()
    {
        Name = "UpdateContactInput";
        Description = "Changes to a contact: leave out what stays; null clears an optional field.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The contact to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<StringGraphType>("name").Description("The new name.");
        Field<StringGraphType>("title").Description("The new title.");
        Field<StringGraphType>("department").Description("The new department.");
        Field<StringGraphType>("email").Description("The new e-mail address.");
        Field<StringGraphType>("phone").Description("The new phone number.");
        Field<BuyingRoleType>("buyingRole").Description("The new buying role.");
        Field<PersonalityStyleType>("style").Description("The new personality style.");
        Field<AttitudeType>("attitude").Description("The new attitude.");
        Field<IntGraphType>("influence").Description("The new influence, 1 to 5.");
        Field<IntGraphType>("relationshipStrength").Description("The new relationship strength, 1 to 5.");
        Field<IdGraphType>("reportsToId").Description("The new manager; null puts them at the top of the chart.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("dottedLineIds").Description("The dotted lines, replacing the current ones.");
        Field<BooleanGraphType>("isPrimary").Description("Whether they are the primary contact.");
        Field<StringGraphType>("notes").Description("The new notes.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateContactInput(
        value.RequiredId("id"), value.Required<int>("version"), value.Read<string?>("name"), value.Read<string?>("title"),
        value.Read<string?>("department"), value.Read<string?>("email"), value.Read<string?>("phone"), value.Read<BuyingRole?>("buyingRole"),
        value.Read<PersonalityStyle?>("style"), value.Read<Attitude?>("attitude"), value.Read<int?>("influence"),
        value.Read<int?>("relationshipStrength"), value.ReadId("reportsToId"), AddContactInputType.IdList(value, "dottedLineIds"),
        value.Read<bool?>("isPrimary"), value.Read<string?>("notes"));
}

public sealed class MoveContactInputType : InputObjectGraphType
{
    public MoveContactInputType()
    {
        Name = "MoveContactInput";
        Description = "Moves a contact (and everyone below them) under another manager of the same account.";
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The contact to move.");
        Field<IdGraphType>("reportsToId").Description("The new manager; null puts them at the top of the chart.");
        Field<IntGraphType>("version").Description("The `version` you read, to refuse moving a contact changed meanwhile.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new MoveContactInput(value.RequiredId("contactId"), value.GetId("reportsToId"), value.Get<int?>("version"));
}

public sealed class RemoveContactInputType : InputObjectGraphType
{
    public RemoveContactInputType()
    {
        Name = "RemoveContactInput";
        Description = "Removes a contact from the chart: their reports move up to their manager; activities keep naming them.";
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The contact to remove.");
        Field<IntGraphType>("version").Description("The `version` you read.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new RemoveContactInput(value.RequiredId("contactId"), value.Get<int?>("version"));
}

public sealed class UpsertRolePlanInputType : InputObjectGraphType
{
    public UpsertRolePlanInputType()
    {
        Name = "UpsertRolePlanInput";
        Description = "Sets the role service plan of a contact (each contact has at most one).";
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The contact served.");
        Field<NonNullGraphType<StringGraphType>>("goal").Description("What we want with this person.");
        Field<StringGraphType>("method").Description("How we go about it.");
        Field<StringGraphType>("action").Description("The next concrete action.");
        Field<NonNullGraphType<IntGraphType>>("frequencyDays").Description("How often to act, in days (1 to 365).");
        Field<DateTimeGraphType>("nextActionAt").Description("When the next action is due; now + frequency when omitted.");
        Field<NonNullGraphType<PlanStatusType>>("status").Description("Where the plan stands.").DefaultValue(PlanStatus.Active);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpsertRolePlanInput(
        value.RequiredId("contactId"), value.Required<string>("goal"), value.Get<string>("method"), value.Get<string>("action"),
        value.Required<int>("frequencyDays"), value.Get<DateTime?>("nextActionAt"), value.Required<PlanStatus>("status"));
}
