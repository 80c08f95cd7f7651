using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Plans;

/// <summary>
/// Checks a plan's content as sent and writes it onto the plan: every problem is reported at once, and nothing is
/// written unless there is none. People in the decision process must be current contacts of the plan's account.
/// </summary>
public static class PlanContent
{
    public static async Task<List<MutationError>> ApplyAsync(PlanContentInput input, AccountPlan plan,
        MutationScope scope)
    {
        var errors = new List<MutationError>();
        if (input.Summary.IsSet) TextRules.Check(input.Summary.Value, "summary", PlanLimits.TextLength, errors, required: false);
        var objectives = Each(input.Objectives, "objectives", errors, (o, at) =>
        {
            TextRules.Check(o.Metric, $"{at}.metric", PlanLimits.LineLength, errors, required: true);
            TextRules.Check(o.Description, $"{at}.description", PlanLimits.TextLength, errors, required: false);
            if (!(o.Target is >= MinTarget and <= MaxValue))
                errors.Add(new OutOfRangeError($"{at}.target", MinTarget, MaxValue, o.Target));
            if (!(o.Actual is >= 0 and <= MaxValue))
                errors.Add(new OutOfRangeError($"{at}.actual", 0, MaxValue, o.Actual));
            SalesCalendar.Check(o.DueDate, $"{at}.dueDate", errors);
            return new PlanObjective(o.Metric.Trim(), o.Target, o.Actual, o.DueDate, Trimmed(o.Description));
        });
        var needs = Lines(input.Needs, "needs", errors);
        var painPoints = Lines(input.PainPoints, "painPoints", errors);
        var competitors = Each(input.Competitors, "competitors", errors, (c, at) =>
        {
            TextRules.Check(c.Name, $"{at}.name", PlanLimits.LineLength, errors, required: true);
            TextRules.Check(c.Note, $"{at}.note", PlanLimits.TextLength, errors, required: false);
            var products = Lines(c.Products, $"{at}.products", errors) ?? [];
            return new PlanCompetitor(c.Name.Trim(), c.Position, products, Trimmed(c.Note));
        });
        var contacts = new PlanContactCheck(scope, plan.AccountId);
        var steps = Each(input.DecisionSteps, "decisionSteps", errors, (s, at) =>
        {
            TextRules.Check(s.Name, $"{at}.name", PlanLimits.LineLength, errors, required: true);
            TextRules.Check(s.Note, $"{at}.note", PlanLimits.TextLength, errors, required: false);
            if (s.ContactIds.Count > PlanLimits.ListLength)
                errors.Add(new TooManyEntriesError($"{at}.contactIds", PlanLimits.ListLength));
            return new DecisionStep(s.Name.Trim(), contacts.Queue(s.ContactIds, $"{at}.contactIds"), Trimmed(s.Note));
        });
        var whiteSpace = Lines(input.WhiteSpace, "whiteSpace", errors);
        var risks = Each(input.Risks, "risks", errors, (r, at) =>
        {
            TextRules.Check(r.Description, $"{at}.description", PlanLimits.TextLength, errors, required: true);
            TextRules.Check(r.Mitigation, $"{at}.mitigation", PlanLimits.TextLength, errors, required: false);
            return new PlanRisk(r.Description.Trim(), Trimmed(r.Mitigation));
        });
        errors.AddRange(await contacts.CheckAsync());
        if (errors.Count > 0) return errors;

        if (input.Summary.IsSet) plan.Summary = Trimmed(input.Summary.Value);
        if (objectives != null) plan.Objectives = objectives;
        if (needs != null) plan.Needs = needs;
        if (painPoints != null) plan.PainPoints = painPoints;
        if (competitors != null) plan.Competitors = competitors;
        if (steps != null) plan.DecisionSteps = steps;
        if (whiteSpace != null) plan.WhiteSpace = whiteSpace;
        if (risks != null) plan.Risks = risks;
        return errors;
    }

    private const double MinTarget = 0.001, MaxValue = 1e15;

    private static List<TOut>? Each<TIn, TOut>(IReadOnlyList<TIn>? items, string field, List<MutationError> errors,
        Func<TIn, string, TOut> convert)
    {
        if (items == null) return null;
        if (items.Count > PlanLimits.ListLength) errors.Add(new TooManyEntriesError(field, PlanLimits.ListLength));
        return items.Take(PlanLimits.ListLength).Select((item, i) => convert(item, $"{field}[{i}]")).ToList();
    }

    /// <summary>A list of one-line entries, each required and at most a line long.</summary>
    public static List<string>? Lines(IReadOnlyList<string>? lines, string field, List<MutationError> errors) =>
        Each(lines, field, errors, (line, at) =>
        {
            TextRules.Check(line, at, PlanLimits.LineLength, errors, required: true);
            return line.Trim();
        });

    public static void Text(string? value, string field, int maxLength, bool required, List<MutationError> errors)
    {
        if (required && string.IsNullOrWhiteSpace(value)) errors.Add(new RequiredValueError(field));
        TextRules.Check(value, field, maxLength, errors);
    }

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
