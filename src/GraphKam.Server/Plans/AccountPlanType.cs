using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Users;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Plans;

public sealed class AccountPlanType : NodeGraphType<AccountPlan>
{
    public AccountPlanType(TimeProvider clock, IOptions<PlanOptions> options, IEnumerable<ITypeExtension<AccountPlanType>> extensions)
        : base("AccountPlan",
        "A key-account plan (大客户计划) for one account and calendar year: objectives, the customer's needs and pain "
        + "points, the competition, the decision process, white space and risks. The company's own strategy: not for "
        + "partners.")
    {
        Field<NonNullGraphType<AccountType>>("account").Description("The account.")
            .Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field(p => p.Year).Description("The calendar year the plan is for.");
        Field<NonNullGraphType<AccountPlanStatusType>>("status").Description("Where it stands.")
            .Resolve(c => c.Source.Status);
        Field(p => p.Summary, nullable: true).Description("The strategy in a few sentences.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanObjectiveType>>>>("objectives")
            .Description("What we want to reach, measurably.").Resolve(c => c.Source.Objectives);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("needs")
            .Description("The customer's needs.").Resolve(c => c.Source.Needs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("painPoints")
            .Description("The customer's pain points.").Resolve(c => c.Source.PainPoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanCompetitorType>>>>("competitors")
            .Description("The competitors on the account and where we stand against each.")
            .Resolve(c => c.Source.Competitors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionStepType>>>>("decisionSteps")
            .Description("How the customer decides, in the order its steps happen.")
            .Resolve(c => c.Source.DecisionSteps.Select((s, i) => new OrderedStep(s, i + 1)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("whiteSpace")
            .Description("What the account could buy from us and does not yet (free entries: there is no product "
                + "catalogue yet).")
            .Resolve(c => c.Source.WhiteSpace);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanRiskType>>>>("risks")
            .Description("What could make the plan fail, and the mitigations.").Resolve(c => c.Source.Risks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanReviewType>>>>("reviews")
            .Description("Its reviews, newest first.")
            .Resolve(c => c.LoadChildren<PlanReview>(r => r.PlanId, c.Source.Id)
                .Then(reviews => (reviews ?? []).OrderByDescending(r => r.ReviewedAt).ThenByDescending(r => r.Id)
                    .ToList()));
        Field(p => p.ActivatedAt, nullable: true).Description("When it last became ACTIVE (UTC).");
        Field(p => p.LastReviewedAt, nullable: true)
            .Description("When its last review was held (UTC); null before the first.");
        Field<DateTimeGraphType>("nextReviewDue")
            .Description("When its next review is due (UTC): `GraphKam:Plans:ReviewIntervalDays` after its last "
                + "review, or after its activation before the first; null unless the plan is in force (ACTIVE or "
                + "REVIEWED).")
            .Resolve(c => PlanReviewSchedule.NextReviewDue(c.Source, options.Value));
        Field<NonNullGraphType<BooleanGraphType>>("reviewDue")
            .Description("Whether it is in force and its next review is due now (by the server's clock).")
            .Resolve(c => PlanReviewSchedule.NextReviewDue(c.Source, options.Value) is { } due
                && due <= clock.GetUtcNow().UtcDateTime);
        Field(p => p.ClosedAt, nullable: true).Description("When it was closed (UTC).");
        Field(p => p.CreatedAt).Description("When it was created (UTC).");
        Field<NonNullGraphType<StringGraphType>>("createdBy").Description("Who created it.")
            .ResolveActor(p => p.CreatedBy);
        Field(p => p.UpdatedAt).Description("When it last changed (UTC).");
        Field(p => p.Version).Description("Changes with every update; send it back to detect concurrent changes.");
        this.ApplyExtensions(extensions);
    }
}

public sealed class PlanObjectiveType : ObjectType<PlanObjective>
{
    public PlanObjectiveType()
    {
        Name = "PlanObjective";
        Description = "A measurable objective of an account plan.";
        Field(o => o.Metric).Description("What is measured, e.g. `IT revenue (yuan per month)`.");
        Field(o => o.Target).Description("The value to reach.");
        Field(o => o.Actual).Description("The value reached so far.");
        Field<NonNullGraphType<FloatGraphType>>("progress")
            .Description("How far along it is: `actual ÷ target`, from 0 to 1 (1 once reached), to three decimals.")
            .Resolve(c => PlanReviewSchedule.Progress(c.Source));
        Field(o => o.DueDate).Description("When it is due (UTC).");
        Field(o => o.Description, nullable: true).Description("What it means, in words.");
    }
}

public sealed class PlanCompetitorType : ObjectType<PlanCompetitor>
{
    public PlanCompetitorType()
    {
        Name = "PlanCompetitor";
        Description = "A competitor on the account.";
        Field(p => p.Name).Description("The competitor.");
        Field<NonNullGraphType<CompetitivePositionType>>("position").Description("Where we stand against it.")
            .Resolve(c => c.Source.Position);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("products")
            .Description("Its products the account uses.").Resolve(c => c.Source.Products);
        Field(p => p.Note, nullable: true).Description("What we know, in words.");
    }
}

/// <summary>A step of the decision process with its place in it.</summary>
public sealed record OrderedStep(DecisionStep Step, int Order);

public sealed class DecisionStepType : ObjectType<OrderedStep>
{
    public DecisionStepType()
    {
        Name = "DecisionStep";
        Description = "A step of the customer's decision process.";
        Field<NonNullGraphType<IntGraphType>>("order").Description("Its place in the process, from 1.")
            .Resolve(c => c.Source.Order);
        Field<NonNullGraphType<StringGraphType>>("name").Description("What happens, e.g. `technical evaluation`.")
            .Resolve(c => c.Source.Step.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("contacts")
            .Description("The account's people who take part, in the order given (people since removed from the "
                + "chart included).")
            .Resolve(c => PlanContacts.Load(c, c.Source.Step.ContactIds));
        Field<StringGraphType>("note").Description("What we know, in words.").Resolve(c => c.Source.Step.Note);
    }
}

public sealed class PlanRiskType : ObjectType<PlanRisk>
{
    public PlanRiskType()
    {
        Name = "PlanRisk";
        Description = "A risk to an account plan.";
        Field(r => r.Description).Description("What could go wrong.");
        Field(r => r.Mitigation, nullable: true).Description("What we do about it.");
    }
}

public sealed class PlanReviewType : ObjectType<PlanReview>
{
    public PlanReviewType()
    {
        Name = "PlanReview";
        Description = "A review of an account plan (the monthly plan review).";
        Field(r => r.ReviewedAt).Description("When it was held (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserType>>>>("users")
            .Description("Our people who took part.").Resolve(c => PlanContacts.LoadAll<User>(c, c.Source.UserIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("contacts")
            .Description("The account's people who took part.").Resolve(c => PlanContacts.Load(c, c.Source.ContactIds));
        Field(r => r.Changes).Description("What changed in the plan or on the account.");
        Field(r => r.NextSteps, nullable: true).Description("What happens next.");
        Field(r => r.RecordedAt).Description("When it was recorded (UTC).");
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who recorded it.")
            .ResolveActor(r => r.RecordedBy);
    }
}
