using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

public sealed record NewAccountInput(string Name, Industry Industry, string Region);
public sealed record RegisterDealInput(string DistributorId, string? AccountId, NewAccountInput? NewAccount, decimal Amount, DateTime? ExpectedCloseDate, string Description);
public sealed record ApproveDealRegistrationInput(string Id, int Version, string? OwnerId);
public sealed record RejectDealRegistrationInput(string Id, string Reason, int Version);

public sealed class NewAccountInputType : InputObjectGraphType
{
    public NewAccountInputType()
    {
        Name = "NewAccountInput";
        Description = "An account not yet known, created with the registration (served through the channel).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The company's name.");
        Field<NonNullGraphType<IndustryType>>("industry").Description("Its industry.");
        Field<NonNullGraphType<StringGraphType>>("region").Description("Its region.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new NewAccountInput(value.Required<string>("name"), value.Required<Industry>("industry"), value.Required<string>("region"));
}

public sealed class RegisterDealInputType : InputObjectGraphType
{
    public RegisterDealInputType()
    {
        Name = "RegisterDealInput";
        Description = "A partner's claim on a deal: an existing account (`accountId`) or a new one (`newAccount`).";
        Field<NonNullGraphType<IdGraphType>>("distributorId").Description("The active partner registering.");
        Field<IdGraphType>("accountId").Description("An existing account.");
        Field<NewAccountInputType>("newAccount").Description("Or a new account, created with the registration.");
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("The deal's expected value in yuan (more than 0).");
        Field<DateTimeGraphType>("expectedCloseDate").Description("When it should close (in the future).");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the deal is; its first line names the opportunity.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RegisterDealInput(value.RequiredId("distributorId"),
        value.GetId("accountId"), value.Get<NewAccountInput>("newAccount"), value.Required<decimal>("amount"), value.Get<DateTime?>("expectedCloseDate"),
        value.Required<string>("description"));
}

public sealed class ApproveDealRegistrationInputType : InputObjectGraphType
{
    public ApproveDealRegistrationInputType()
    {
        Name = "ApproveDealRegistrationInput";
        Description = "Approves a pending registration: the CHANNEL opportunity is created and the partner serves the account.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The registration.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<IdGraphType>("ownerId").Description("Who follows the deal on our side; the account's owner when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ApproveDealRegistrationInput(value.RequiredId("id"), value.Required<int>("version"), value.GetId("ownerId"));
}

public sealed class RejectDealRegistrationInputType : InputObjectGraphType
{
    public RejectDealRegistrationInputType()
    {
        Name = "RejectDealRegistrationInput";
        Description = "Rejects a pending registration; the conflicts it raised are cleared.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The registration.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new RejectDealRegistrationInput(value.RequiredId("id"), value.Required<string>("reason"), value.Required<int>("version"));
}

