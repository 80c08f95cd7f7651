using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Health;

public sealed class HealthBandType : EnumType<HealthBand>;
public sealed class HealthSignalType : EnumType<HealthSignal>;

public sealed class AccountHealthType : ObjectType<AccountHealth>
{
    public AccountHealthType(IOptions<HealthOptions> options)
    {
        Name = "AccountHealth";
        Description = "How healthy the relationship with an account is now, and why: 100 less the weight of each signal found.";
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.Source.Account);
        Field(h => h.Score).Description("From 0 to 100; 100 when no signal is present.");
        Field<NonNullGraphType<HealthBandType>>("band").Description("The band the score falls in.").Resolve(c => c.Source.Band);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthReasonType>>>>("reasons")
            .Description("Each signal found, heaviest first; their weights add up to 100 less the score (the score stops at 0).")
            .Resolve(c => HealthReasons.Of(c.Source, options.Value));
    }
}

public sealed class HealthReasonType : ObjectType<HealthReason>
{
    public HealthReasonType()
    {
        Name = "HealthReason";
        Description = "One signal that lowered an account's health score.";
        Field<NonNullGraphType<HealthSignalType>>("signal").Description("What was found.").Resolve(c => c.Source.Signal);
        Field(r => r.Weight).Description("The points it took off (its weight in `GraphKam:Health:Weights`).");
        Field(r => r.Detail).Description("What was found, in a sentence.");
    }
}
