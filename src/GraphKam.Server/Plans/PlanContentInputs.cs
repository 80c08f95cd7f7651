using System.Globalization;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Plans;

public sealed record PlanObjectiveInput(string Metric, double Target, double Actual, DateTime DueDate,
    string? Description);

public sealed record PlanCompetitorInput(string Name, CompetitivePosition Position, IReadOnlyList<string> Products,
    string? Note);

public sealed record DecisionStepInput(string Name, IReadOnlyList<string> ContactIds, string? Note);
public sealed record PlanRiskInput(string Description, string? Mitigation);

/// <summary>
/// What a plan holds, as sent: a list left out (null) stays as it is on an update and is empty on a new plan; a list
/// sent replaces the plan's whole list.
/// </summary>
public sealed record PlanContentInput(Optional<string?> Summary, IReadOnlyList<PlanObjectiveInput>? Objectives,
    IReadOnlyList<string>? Needs, IReadOnlyList<string>? PainPoints, IReadOnlyList<PlanCompetitorInput>? Competitors,
    IReadOnlyList<DecisionStepInput>? DecisionSteps, IReadOnlyList<string>? WhiteSpace,
    IReadOnlyList<PlanRiskInput>? Risks)
{
    public static PlanContentInput Parse(IDictionary<string, object?> value) => new(
        value.Read<string?>("summary"), value.GetList<PlanObjectiveInput>("objectives"),
        value.GetList<string>("needs"), value.GetList<string>("painPoints"),
        value.GetList<PlanCompetitorInput>("competitors"), value.GetList<DecisionStepInput>("decisionSteps"),
        value.GetList<string>("whiteSpace"), value.GetList<PlanRiskInput>("risks"));

    /// <summary>The content fields of the create and update inputs; a list replaces the plan's whole list.</summary>
    public static void AddFields(InputObjectGraphType input)
    {
        input.Field<StringGraphType>("summary")
            .Description("The strategy in a few sentences (at most 4000 characters).");
        input.Field<ListGraphType<NonNullGraphType<PlanObjectiveInputType>>>("objectives")
            .Description("The measurable objectives, replacing the plan's.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("needs")
            .Description("The customer's needs, replacing the plan's.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("painPoints")
            .Description("The customer's pain points, replacing the plan's.");
        input.Field<ListGraphType<NonNullGraphType<PlanCompetitorInputType>>>("competitors")
            .Description("The competitors on the account, replacing the plan's.");
        input.Field<ListGraphType<NonNullGraphType<DecisionStepInputType>>>("decisionSteps")
            .Description("The decision process in order, replacing the plan's.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("whiteSpace")
            .Description("What the account could buy from us and does not yet, replacing the plan's.");
        input.Field<ListGraphType<NonNullGraphType<PlanRiskInputType>>>("risks")
            .Description("The risks, replacing the plan's.");
    }
}

public sealed class PlanObjectiveInputType : InputObjectGraphType
{
    public PlanObjectiveInputType()
    {
        Name = "PlanObjectiveInput";
        Description = "A measurable objective.";
        Field<NonNullGraphType<StringGraphType>>("metric").Description("What is measured (at most 200 characters).");
        Field<NonNullGraphType<FloatGraphType>>("target").Description("The value to reach (from 0.001).");
        Field<NonNullGraphType<FloatGraphType>>("actual").Description("The value reached so far (0 or more).")
            .DefaultValue(0.0);
        Field<NonNullGraphType<DateTimeGraphType>>("dueDate").Description("When it is due.");
        Field<StringGraphType>("description")
            .Description("What it means, in words (at most 4000 characters).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PlanObjectiveInput(
        value.Required<string>("metric"), value.Required<double>("target"), value.Required<double>("actual"),
        value.Required<DateTime>("dueDate").ToUniversalTime(), value.Get<string>("description"));
}

public sealed class PlanCompetitorInputType : InputObjectGraphType
{
    public PlanCompetitorInputType()
    {
        Name = "PlanCompetitorInput";
        Description = "A competitor on the account.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The competitor (at most 200 characters).");
        Field<NonNullGraphType<CompetitivePositionType>>("position").Description("Where we stand against it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("products")
            .Description("Its products the account uses.");
        Field<StringGraphType>("note").Description("What we know, in words (at most 4000 characters).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PlanCompetitorInput(
        value.Required<string>("name"), value.Required<CompetitivePosition>("position"),
        value.GetList<string>("products") ?? [], value.Get<string>("note"));
}

public sealed class DecisionStepInputType : InputObjectGraphType
{
    public DecisionStepInputType()
    {
        Name = "DecisionStepInput";
        Description = "A step of the customer's decision process.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("What happens (at most 200 characters).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("contactIds")
            .Description("The account's people who take part (current contacts of the plan's account).");
        Field<StringGraphType>("note").Description("What we know, in words (at most 4000 characters).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DecisionStepInput(
        value.Required<string>("name"), Ids(value, "contactIds"), value.Get<string>("note"));

    /// <summary>A list of IDs, which may arrive as strings or integer literals.</summary>
    public static IReadOnlyList<string> Ids(IDictionary<string, object?> value, string name) =>
        value.GetList<object>(name)?.Select(id => Convert.ToString(id, CultureInfo.InvariantCulture)!).ToList() ?? [];
}

public sealed class PlanRiskInputType : InputObjectGraphType
{
    public PlanRiskInputType()
    {
        Name = "PlanRiskInput";
        Description = "A risk to the plan.";
        Field<NonNullGraphType<StringGraphType>>("description")
            .Description("What could go wrong (at most 4000 characters).");
        Field<StringGraphType>("mitigation")
            .Description("What we do about it (at most 4000 characters).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PlanRiskInput(value.Required<string>("description"), value.Get<string>("mitigation"));
}
