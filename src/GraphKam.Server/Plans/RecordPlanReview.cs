using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Plans;

public sealed record RecordPlanReviewInput(string PlanId, int Version, DateTime? ReviewedAt,
    IReadOnlyList<string> UserIds, IReadOnlyList<string> ContactIds, string Changes, string? NextSteps);

/// <summary>
/// <c>recordPlanReview</c>: records a review of a plan in force (ACTIVE or REVIEWED), which makes it REVIEWED and
/// restarts its review clock from the review's date. Drafts and closed plans are not reviewed.
/// </summary>
public static class RecordPlanReview
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(AccountPlanNotFoundError), typeof(AccountArchivedError), typeof(StaleVersionError),
        typeof(IllegalPlanTransitionError), typeof(ReviewDateError), typeof(RequiredValueError), typeof(TooLongError),
        typeof(TooManyEntriesError), typeof(ParticipantNotFoundError), typeof(ParticipantNotStaffError),
        typeof(PlanContactError),
    ];

    public static async Task<Payload> HandleAsync(RecordPlanReviewInput input, MutationScope scope)
    {
        var (plan, missing) = await PlanLookup.ForChangeAsync(scope, input.PlanId, "planId", input.Version);
        if (plan == null) return Payload.Failure(missing!);
        var from = plan.Status;
        if (!PlanRules.MayReview(from))
            return Payload.Failure(new IllegalPlanTransitionError(from, AccountPlanStatus.Reviewed));
        var errors = Check(input, plan, scope.Now);
        if (errors.Count > 0) return Payload.Failure(errors);
        var users = await UsersAsync(scope, input.UserIds, errors);
        var contacts = new PlanContactCheck(scope, plan.AccountId);
        var contactKeys = contacts.Queue(input.ContactIds, "contactIds");
        errors.AddRange(await contacts.CheckAsync());
        if (errors.Count > 0) return Payload.Failure(errors);

        var reviewedAt = input.ReviewedAt ?? scope.Now;
        scope.Db.PlanReviews.Add(new PlanReview
        {
            PlanId = plan.Id,
            ReviewedAt = reviewedAt,
            UserIds = users,
            ContactIds = contactKeys,
            Changes = input.Changes.Trim(),
            NextSteps = PlanContent.Trimmed(input.NextSteps),
            RecordedAt = scope.Now,
            RecordedBy = scope.Actor,
        });
        plan.Status = AccountPlanStatus.Reviewed;
        // A review recorded late for an earlier date does not move the clock back.
        if (plan.LastReviewedAt == null || reviewedAt > plan.LastReviewedAt) plan.LastReviewedAt = reviewedAt;
        plan.UpdatedAt = scope.Now;
        var payload = await scope.SaveNextVersionAsync(plan, input.Version);
        if (payload.Errors.Count == 0)
        {
            scope.Publish(AccountPlanChanged.Topic,
                new AccountPlanChanged(plan.Id, plan.AccountId, AccountPlanChangeKind.Reviewed, from));
        }
        return payload;
    }

    /// <summary>The problems of the input itself: its date, texts and list sizes.</summary>
    private static List<MutationError> Check(RecordPlanReviewInput input, AccountPlan plan, DateTime now)
    {
        var errors = new List<MutationError>();
        var reviewedAt = input.ReviewedAt ?? now;
        // A plan in force has an activation; a review is held while it is in force, never in the future.
        var earliest = plan.ActivatedAt ?? plan.CreatedAt;
        if (reviewedAt > now || reviewedAt < earliest) errors.Add(new ReviewDateError(reviewedAt, earliest));
        TextRules.Check(input.Changes, "changes", PlanLimits.TextLength, errors, required: true);
        TextRules.Check(input.NextSteps, "nextSteps", PlanLimits.TextLength, errors, required: false);
        if (input.UserIds.Count > PlanLimits.ListLength)
            errors.Add(new TooManyEntriesError("userIds", PlanLimits.ListLength));
        if (input.ContactIds.Count > PlanLimits.ListLength)
            errors.Add(new TooManyEntriesError("contactIds", PlanLimits.ListLength));
        return errors;
    }

    /// <summary>The keys of the users named, each once: our own people.</summary>
    private static async Task<List<int>> UsersAsync(MutationScope scope, IReadOnlyList<string> ids, List<MutationError> errors)
    {
        var people = await StaffPeople.CheckAsync(scope.Db, ids, "userIds", id => new ParticipantNotFoundError(id),
            id => new ParticipantNotStaffError(id), scope.CancellationToken);
        errors.AddRange(people.Select(p => p.Error).OfType<MutationError>());
        return [.. people.Where(p => p.Error == null).Select(p => p.Key).Distinct()];
    }
}

public sealed class RecordPlanReviewInputType : InputObjectGraphType
{
    public RecordPlanReviewInputType()
    {
        Name = "RecordPlanReviewInput";
        Description = "A review of a plan in force (ACTIVE or REVIEWED): the plan becomes REVIEWED and its next review "
            + "is due `GraphKam:Plans:ReviewIntervalDays` after this one.";
        Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The plan's `version` you read.");
        Field<DateTimeGraphType>("reviewedAt")
            .Description("When it was held: from the plan's activation to now; now when omitted.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("userIds").Description("Our people who took part.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("contactIds")
            .Description("The account's people who took part (current contacts of the plan's account).");
        Field<NonNullGraphType<StringGraphType>>("changes").Description("What changed (at most 4000 characters).");
        Field<StringGraphType>("nextSteps").Description("What happens next (at most 4000 characters).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RecordPlanReviewInput(
        value.RequiredId("planId"), value.Required<int>("version"),
        value.Get<DateTime?>("reviewedAt")?.ToUniversalTime(), DecisionStepInputType.Ids(value, "userIds"),
        DecisionStepInputType.Ids(value, "contactIds"), value.Required<string>("changes"),
        value.Get<string>("nextSteps"));
}
