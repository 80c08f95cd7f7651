using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Health;

/// <summary>An account moved from one health band to another, published once by the server that saw it first.</summary>
public sealed record AccountHealthChanged(int AccountId, HealthBand FromBand, HealthBand ToBand, int Score)
{
    public const string Topic = "account-health";
}

public sealed class AccountHealthEventType : ObjectType<AccountHealthChanged>
{
    public AccountHealthEventType()
    {
        Name = "AccountHealthEvent";
        Description = "An account changed health band.";
        Field<NonNullGraphType<AccountType>>("account").Description("The account, as it is now.")
            .Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<NonNullGraphType<HealthBandType>>("fromBand").Description("The band it left.").Resolve(c => c.Source.FromBand);
        Field<NonNullGraphType<HealthBandType>>("toBand").Description("The band it entered.").Resolve(c => c.Source.ToBand);
        Field(e => e.Score).Description("The score when the change was seen (ask `account.health` for the reasons now).");
    }
}
