using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Service;

public sealed class SatisfactionSurveyType : NodeGraphType<SatisfactionSurvey>
{
    public SatisfactionSurveyType() : base("SatisfactionSurvey", "One answer of an account's person to a satisfaction survey (满意度调查).")
    {
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<ContactType>("contact").Description("The account's person who answered.").Resolve(c => c.LoadById<Contact>(c.Source.ContactId));
        Field(s => s.Score).Description("How satisfied, from 0 to 100.");
        Field<NonNullGraphType<ServiceChannelType>>("channel").Description("How the answer reached us.").Resolve(c => c.Source.Channel);
        Field(s => s.Comment, nullable: true).Description("What they said.");
        Field<ServiceCaseType>("serviceCase").Description("The service case the answer is about.")
            .Resolve(c => c.LoadById<ServiceCase>(c.Source.CaseId));
        Field(s => s.RecordedAt).Description("When it was recorded (UTC).");
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who recorded it.").ResolveActor(s => s.RecordedBy);
    }
}

public sealed class SatisfactionMonthType : ObjectType<SatisfactionMonth>
{
    public SatisfactionMonthType()
    {
        Name = "SatisfactionMonth";
        Description = "A calendar month (UTC) of satisfaction surveys.";
        Field(m => m.Month).Description("The month, as yyyy-MM.");
        Field(m => m.Average, nullable: true).Description("The mean score of the month's answers, to one decimal; null without answers.");
        Field(m => m.Responses).Description("How many answers.");
    }
}

public sealed class SatisfactionTargetType : ObjectType<SatisfactionTarget>
{
    public SatisfactionTargetType()
    {
        Name = "SatisfactionTarget";
        Description = "The organisation's satisfaction target for a year.";
        Field(t => t.Year).Description("The calendar year.");
        Field(t => t.Target).Description("The target, from 0 to 100.");
        Field(t => t.SetAt).Description("When it was last set (UTC).");
        Field<NonNullGraphType<StringGraphType>>("setBy").Description("Who set it.").ResolveActor(t => t.SetBy);
    }
}

/// <summary>The organisation's satisfaction in a year against that year's target.</summary>
public sealed record SatisfactionOverview(int Year, SatisfactionTarget? Target, double? Current, double? Average, int Responses,
    IReadOnlyList<SatisfactionMonth> Months);

public sealed class SatisfactionOverviewType : ObjectType<SatisfactionOverview>
{
    public SatisfactionOverviewType()
    {
        Name = "SatisfactionOverview";
        Description = "The organisation's satisfaction, over all active accounts, against the year's target.";
        Field(o => o.Year).Description("The calendar year.");
        Field<FloatGraphType>("target").Description("The year's target; null when none is set.").Resolve(c => c.Source.Target?.Target);
        Field(o => o.Current, nullable: true)
            .Description("The rolling figure now: the mean of every survey in the window (as `Account.satisfaction`), to one decimal.");
        Field(o => o.Average, nullable: true).Description("The mean of the year's answers, to one decimal; null without answers.");
        Field(o => o.Responses).Description("How many answers the year has.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatisfactionMonthType>>>>("months")
            .Description("The year's twelve months.").Resolve(c => c.Source.Months);
    }
}
