using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Accounts;

public sealed record CreateAccountInput(
    string Name, Industry Industry, string Region, AccountScale Scale,
    int Employees, decimal MonthlyRevenue, decimal MonthlyItRevenue, int ProductsInUse, bool Strategic,
    string? ParentId, string? OwnerId, Coverage Coverage, LoyaltyStage LoyaltyStage, double? Satisfaction,
    IReadOnlyList<MeasureInput> Measures, string? LoyaltyStageReason = null);

/// <summary>A partial update: only the fields the client sent change; <c>null</c> clears a field that may be empty.</summary>
public sealed record UpdateAccountInput(
    string Id, int Version,
    Optional<string?> Name, Optional<Industry?> Industry, Optional<string?> Region, Optional<AccountScale?> Scale,
    Optional<int?> Employees, Optional<decimal?> MonthlyRevenue, Optional<decimal?> MonthlyItRevenue, Optional<int?> ProductsInUse,
    Optional<bool?> Strategic, Optional<string?> ParentId, Optional<string?> OwnerId, Optional<Coverage?> Coverage,
    Optional<LoyaltyStage?> LoyaltyStage, Optional<double?> Satisfaction, IReadOnlyList<MeasureInput> Measures,
    string? LoyaltyStageReason = null);

public sealed record ArchiveAccountInput(string Id, int? Version);

public sealed class CreateAccountInputType : InputObjectGraphType
{
    public CreateAccountInputType()
    {
        Name = "CreateAccountInput";
        Description = "A new account. Metrics default to 0; money is in yuan (kept to the fen).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The account's name.");
        Field<NonNullGraphType<IndustryType>>("industry").Description("The industry.");
        Field<NonNullGraphType<StringGraphType>>("region").Description("The region.");
        Field<NonNullGraphType<AccountScaleType>>("scale").Description("The size class.").DefaultValue(AccountScale.Sme);
        Field<NonNullGraphType<IntGraphType>>("employees").Description("Number of employees.").DefaultValue(0);
        Field<NonNullGraphType<DecimalGraphType>>("monthlyRevenue").Description("Monthly revenue in yuan.").DefaultValue(0m);
        Field<NonNullGraphType<DecimalGraphType>>("monthlyItRevenue").Description("Monthly IT-services revenue in yuan.").DefaultValue(0m);
        Field<NonNullGraphType<IntGraphType>>("productsInUse").Description("Number of our products in use.").DefaultValue(0);
        Field<NonNullGraphType<BooleanGraphType>>("strategic").Description("Strategic designation.").DefaultValue(false);
        Field<IdGraphType>("parentId").Description("The group headquarters, if this is a branch.");
        Field<IdGraphType>("ownerId").Description("The owning account manager.");
        Field<NonNullGraphType<CoverageType>>("coverage").Description("Who serves the account.").DefaultValue(Coverage.Inside);
        Field<NonNullGraphType<LoyaltyStageType>>("loyaltyStage").Description("The loyalty stage.").DefaultValue(LoyaltyStage.Suspicion);
        Field<StringGraphType>("loyaltyStageReason").Description("Why the account starts at this stage (at most 500 characters), for its loyalty history.");
        Field<FloatGraphType>("satisfaction").Description("Satisfaction score from 0 to 100, until surveys measure it (see `Account.satisfaction`).");
        Field<ListGraphType<NonNullGraphType<MeasureInputType>>>("measures").Description("Named measures, such as `cardSpend` for the ICBC star policy.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateAccountInput(
        value.Required<string>("name"), value.Required<Industry>("industry"), value.Required<string>("region"),
        value.Required<AccountScale>("scale"), value.Required<int>("employees"), value.Required<decimal>("monthlyRevenue"),
        value.Required<decimal>("monthlyItRevenue"), value.Required<int>("productsInUse"), value.Required<bool>("strategic"),
        value.GetId("parentId"), value.GetId("ownerId"), value.Required<Coverage>("coverage"),
        value.Required<LoyaltyStage>("loyaltyStage"), value.Get<double?>("satisfaction"), MeasureInputType.Read(value),
        value.Get<string>("loyaltyStageReason"));
}

public sealed class UpdateAccountInputType : InputObjectGraphType
{
    public UpdateAccountInputType()
    {
        Name = "UpdateAccountInput";
        Description = "Changes to an account: leave out what stays as it is; `null` clears parent, owner or satisfaction.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The account to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read; a different current version means someone else changed it.");
        Field<StringGraphType>("name").Description("The new name.");
        Field<IndustryType>("industry").Description("The new industry.");
        Field<StringGraphType>("region").Description("The new region.");
        Field<AccountScaleType>("scale").Description("The new size class.");
        Field<IntGraphType>("employees").Description("The new number of employees.");
        Field<DecimalGraphType>("monthlyRevenue").Description("The new monthly revenue in yuan.");
        Field<DecimalGraphType>("monthlyItRevenue").Description("The new monthly IT-services revenue in yuan.");
        Field<IntGraphType>("productsInUse").Description("The new number of products in use.");
        Field<BooleanGraphType>("strategic").Description("The new strategic designation.");
        Field<IdGraphType>("parentId").Description("The new parent; null makes it a top-level account.");
        Field<IdGraphType>("ownerId").Description("The new owner; null leaves it without one.");
        Field<CoverageType>("coverage").Description("The new coverage.");
        Field<LoyaltyStageType>("loyaltyStage").Description("The new loyalty stage.");
        Field<StringGraphType>("loyaltyStageReason").Description("Why the loyalty stage changes (at most 500 characters), for its history; only with a new `loyaltyStage`.");
        Field<FloatGraphType>("satisfaction").Description("The new satisfaction score; null clears it. Surveys in the window replace it at the next survey or sweep (see `Account.satisfaction`).");
        Field<ListGraphType<NonNullGraphType<MeasureInputType>>>("measures").Description("Named measures to set; a null value removes that measure. Measures not listed stay as they are.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateAccountInput(
        value.RequiredId("id"), value.Required<int>("version"),
        value.Read<string?>("name"), value.Read<Industry?>("industry"), value.Read<string?>("region"), value.Read<AccountScale?>("scale"),
        value.Read<int?>("employees"), value.Read<decimal?>("monthlyRevenue"), value.Read<decimal?>("monthlyItRevenue"),
        value.Read<int?>("productsInUse"), value.Read<bool?>("strategic"), value.ReadId("parentId"), value.ReadId("ownerId"),
        value.Read<Coverage?>("coverage"), value.Read<LoyaltyStage?>("loyaltyStage"), value.Read<double?>("satisfaction"), MeasureInputType.Read(value),
        value.Get<string>("loyaltyStageReason"));
}

public sealed class ArchiveAccountInputType : InputObjectGraphType
{
    public ArchiveAccountInputType()
    {
        Name = "ArchiveAccountInput";
        Description = "The account to archive. Archived accounts leave the lists but can still be read by ID.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The account to archive.");
        Field<IntGraphType>("version").Description("The `version` you read, to refuse archiving an account changed meanwhile.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ArchiveAccountInput(value.RequiredId("id"), value.Get<int?>("version"));
}

public sealed class MeasureInputType : InputObjectGraphType
{
    public MeasureInputType()
    {
        Name = "MeasureInput";
        Description = "A named numeric measure of an account. Money is in yuan, kept to the fen.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The measure's name, camelCase (e.g. `cardSpend`).");
        Field<DecimalGraphType>("value").Description("The value; null removes the measure (in `updateAccount`).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new MeasureInput(value.Required<string>("key"), value.Get<decimal?>("value"));

    public static IReadOnlyList<MeasureInput> Read(IDictionary<string, object?> input) =>
        input.GetList<MeasureInput>("measures") ?? [];
}
