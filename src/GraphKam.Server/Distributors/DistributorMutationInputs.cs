using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

public sealed record CreateDistributorInput(string Name, DistributorKind Kind, DistributorModel Model, double? CommissionRate, string? ParentId,
    IReadOnlyList<string> Regions, IReadOnlyList<Industry> Industries, DateTime ContractStart, DateTime? ContractEnd,
    DistributorContact Contact);

/// <summary>A partner's contact details, as given (null: not given).</summary>
public sealed record DistributorContact(Optional<string?> Name, Optional<string?> Email, Optional<string?> Phone)
{
    public static DistributorContact Read(IDictionary<string, object?> value) =>
        new(value.Read<string?>("contactName"), value.Read<string?>("contactEmail"), value.Read<string?>("contactPhone"));

    /// <summary>The members of <see cref="Distributor"/> this input changes.</summary>
    public IEnumerable<string> Members()
    {
        if (Name.IsSet) yield return nameof(Distributor.ContactName);
        if (Email.IsSet) yield return nameof(Distributor.ContactEmail);
        if (Phone.IsSet) yield return nameof(Distributor.ContactPhone);
    }
}

public sealed record UpdateDistributorInput(string Id, int Version, Optional<string?> Name, Optional<DistributorKind?> Kind, Optional<DistributorModel?> Model,
    Optional<double?> CommissionRate, Optional<string?> ParentId, IReadOnlyList<string>? Regions, IReadOnlyList<Industry>? Industries,
    Optional<DateTime?> ContractStart, Optional<DateTime?> ContractEnd, DistributorContact Contact)
{
    /// <summary>The members of <see cref="Distributor"/> this input changes (partners may change only the contact).</summary>
    public IEnumerable<string> Members()
    {
        if (Name.IsSet) yield return nameof(Distributor.Name);
        if (Kind.IsSet) yield return nameof(Distributor.Kind);
        if (Model.IsSet) yield return nameof(Distributor.Model);
        if (CommissionRate.IsSet) yield return nameof(Distributor.CommissionRate);
        if (ParentId.IsSet) yield return nameof(Distributor.ParentId);
        if (Regions != null) yield return nameof(Distributor.Regions);
        if (Industries != null) yield return nameof(Distributor.Industries);
        if (ContractStart.IsSet) yield return nameof(Distributor.ContractStart);
        if (ContractEnd.IsSet) yield return nameof(Distributor.ContractEnd);
        foreach (var member in Contact.Members()) yield return member;
    }
}

public sealed record SetDistributorStatusInput(string Id, DistributorStatus Status, int Version);
public sealed record DistributorAccountInput(string AccountId, string DistributorId);

public sealed class CreateDistributorInputType : InputObjectGraphType
{
    public CreateDistributorInputType()
    {
        Name = "CreateDistributorInput";
        Description = "A new channel partner.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The partner's name.");
        Field<NonNullGraphType<DistributorKindType>>("kind").Description("Its kind; SECOND_TIER needs a first-tier parent.");
        Field<NonNullGraphType<DistributorModelType>>("model").Description("Distributor or agent.").DefaultValue(DistributorModel.Distributor);
        Field<FloatGraphType>("commissionRate").Description("For an agent: its commission, strictly between 0 and 1. Leave out for a distributor.");
        Field<IdGraphType>("parentId").Description("For a second-tier distributor: the first-tier one it buys from.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("regions").Description("The regions it may work; none means all (a REGIONAL_EXCLUSIVE needs some).");
        Field<ListGraphType<NonNullGraphType<IndustryType>>>("industries").Description("The industries it may work; none means all (an INDUSTRY_AUTHORIZED needs some).");
        Field<NonNullGraphType<DateTimeGraphType>>("contractStart").Description("When its contract starts.");
        Field<DateTimeGraphType>("contractEnd").Description("When its contract ends (after it starts); open-ended when omitted.");
        DistributorContactFields.AddTo(this);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateDistributorInput(
        value.Required<string>("name"), value.Required<DistributorKind>("kind"), value.Required<DistributorModel>("model"), value.Get<double?>("commissionRate"),
        value.GetId("parentId"), value.GetList<string>("regions") ?? [], value.GetList<Industry>("industries") ?? [],
        value.Required<DateTime>("contractStart"), value.Get<DateTime?>("contractEnd"), DistributorContact.Read(value));
}

public sealed class UpdateDistributorInputType : InputObjectGraphType
{
    public UpdateDistributorInputType()
    {
        Name = "UpdateDistributorInput";
        Description = "Changes to a partner: leave out what stays; null clears an optional field.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The distributor to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<StringGraphType>("name").Description("The new name.");
        Field<DistributorKindType>("kind").Description("The new kind.");
        Field<DistributorModelType>("model").Description("The new model.");
        Field<FloatGraphType>("commissionRate").Description("The new commission rate (agents only); null removes it.");
        Field<IdGraphType>("parentId").Description("The new parent (second tier only); null removes it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("regions").Description("The regions, replacing the current ones.");
        Field<ListGraphType<NonNullGraphType<IndustryType>>>("industries").Description("The industries, replacing the current ones.");
        Field<DateTimeGraphType>("contractStart").Description("The new contract start.");
        Field<DateTimeGraphType>("contractEnd").Description("The new contract end; null makes it open-ended.");
        DistributorContactFields.AddTo(this);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateDistributorInput(
        value.RequiredId("id"), value.Required<int>("version"), value.Read<string?>("name"), value.Read<DistributorKind?>("kind"),
        value.Read<DistributorModel?>("model"), value.Read<double?>("commissionRate"), value.ReadId("parentId"), value.GetList<string>("regions"),
        value.GetList<Industry>("industries"), value.Read<DateTime?>("contractStart"), value.Read<DateTime?>("contractEnd"),
        DistributorContact.Read(value));
}

public sealed class SetDistributorStatusInputType : InputObjectGraphType
{
    public SetDistributorStatusInputType()
    {
        Name = "SetDistributorStatusInput";
        Description = "Activates, suspends or terminates a partner (termination is final).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The distributor.");
        Field<NonNullGraphType<DistributorStatusType>>("status").Description("The new status.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SetDistributorStatusInput(value.RequiredId("id"), value.Required<DistributorStatus>("status"), value.Required<int>("version"));
}

/// <summary>A distributor and an account: named after each mutation, as HotChocolate's mutation conventions name inputs.</summary>
public abstract class DistributorAccountInputType : InputObjectGraphType
{
    protected DistributorAccountInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<IdGraphType>>("distributorId").Description("The distributor.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new DistributorAccountInput(value.RequiredId("accountId"), value.RequiredId("distributorId"));
}

public sealed class AssignDistributorInputType() : DistributorAccountInputType("AssignDistributorInput", "The distributor to serve an account.");
public sealed class UnassignDistributorInputType() : DistributorAccountInputType("UnassignDistributorInput", "The distributor to stop serving an account.");

/// <summary>The contact fields of the create and update inputs (the part of its record a partner may change).</summary>
internal static class DistributorContactFields
{
    public static void AddTo(InputObjectGraphType input)
    {
        input.Field<StringGraphType>("contactName").Description("Who to talk to at the partner; null clears it.");
        input.Field<StringGraphType>("contactEmail").Description("Their e-mail address; null clears it.");
        input.Field<StringGraphType>("contactPhone").Description("Their phone number; null clears it.");
    }
}
