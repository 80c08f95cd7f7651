using System.Globalization;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Contracts;

public sealed record CreateContractInput(string AccountId, string Number, decimal Value, DateTime StartsOn, DateTime EndsOn,
    IReadOnlyList<string> ProductIds, string? SignedById, string? RenewalOfId);

public sealed record UpdateContractInput(string Id, int Version, Optional<string?> Number, Optional<decimal?> Value,
    Optional<DateTime?> StartsOn, Optional<DateTime?> EndsOn, IReadOnlyList<string>? ProductIds, Optional<string?> SignedById,
    Optional<ContractRenewalState?> RenewalState);

public sealed record RenewContractInput(string ContractId);

public sealed class CreateContractInputType : InputObjectGraphType
{
    public CreateContractInputType()
    {
        Name = "CreateContractInput";
        Description = "A contract an account signed. Dates are UTC days (a time of day is dropped).";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<StringGraphType>>("number")
            .Description($"Its number, unique across contracts (trimmed; at most {ContractLimits.NumberLength} characters).");
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("What it is worth over its term, in yuan (0 or more).");
        Field<NonNullGraphType<DateTimeGraphType>>("startsOn").Description("Its first day in force.");
        Field<NonNullGraphType<DateTimeGraphType>>("endsOn").Description("Its last day in force (after the first).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("productIds")
            .Description($"The catalogue products it covers (at most {ContractLimits.MaxProducts}).");
        Field<IdGraphType>("signedById").Description("Who signed for the customer: a current contact of the account.");
        Field<IdGraphType>("renewalOfId").Description("The account's contract this one renews; that contract becomes RENEWED.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateContractInput(
        value.RequiredId("accountId"), value.Required<string>("number"), value.Required<decimal>("value"),
        value.Required<DateTime>("startsOn"), value.Required<DateTime>("endsOn"), Ids(value, "productIds") ?? [],
        value.GetId("signedById"), value.GetId("renewalOfId"));

    /// <summary>A list of IDs, which may arrive as strings or integer literals.</summary>
    internal static List<string>? Ids(IDictionary<string, object?> value, string name) =>
        value.GetList<object>(name)?.Select(id => Convert.ToString(id, CultureInfo.InvariantCulture) ?? "").ToList();
}

public sealed class UpdateContractInputType : InputObjectGraphType
{
    public UpdateContractInputType()
    {
        Name = "UpdateContractInput";
        Description = "Changes to a contract: leave out what stays; `productIds` given replaces the whole list.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The contract.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<StringGraphType>("number").Description("Its new number.");
        Field<DecimalGraphType>("value").Description("Its new value, in yuan.");
        Field<DateTimeGraphType>("startsOn").Description("Its new first day.");
        Field<DateTimeGraphType>("endsOn").Description("Its new last day.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("productIds").Description("The products it covers, replacing the list.");
        Field<IdGraphType>("signedById").Description("Who signed for the customer; null clears it.");
        Field<ContractRenewalStateType>("renewalState")
            .Description("LAPSED (it will not be renewed) or TERMINATED (ended early), from ACTIVE or LAPSED; the other states follow `renewContract` and its deal.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateContractInput(
        value.RequiredId("id"), value.Required<int>("version"), value.Read<string?>("number"), value.Read<decimal?>("value"),
        value.Read<DateTime?>("startsOn"), value.Read<DateTime?>("endsOn"), CreateContractInputType.Ids(value, "productIds"),
        value.ReadId("signedById"), value.Read<ContractRenewalState?>("renewalState"));
}

public sealed class RenewContractInputType : InputObjectGraphType
{
    public RenewContractInputType()
    {
        Name = "RenewContractInput";
        Description = "Starts a contract's renewal: a deal for its value, closing on its last day, in the funnel's first open stage.";
        Field<NonNullGraphType<IdGraphType>>("contractId").Description("The contract (ACTIVE).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RenewContractInput(value.RequiredId("contractId"));
}
