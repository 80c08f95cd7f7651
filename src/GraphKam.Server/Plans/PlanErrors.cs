using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Plans;

[Description("The account plan does not exist (or is not visible to the caller).")]
public sealed record AccountPlanNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("ACCOUNT_PLAN_NOT_FOUND", $"No account plan has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The account already has a plan for the year: there is one plan per account and year.")]
public sealed record PlanExistsError(
    [property: Description("The account given.")] string AccountId,
    [property: Description("The year given.")] int Year)
    : MutationError("PLAN_EXISTS", $"Account '{InputEcho.Shorten(AccountId)}' already has a plan for {Year}.");

[Description("The plan cannot move from its status to the one asked for.")]
public sealed record IllegalPlanTransitionError(
    [property: Description("The plan's status.")] AccountPlanStatus From,
    [property: Description("The status asked for.")] AccountPlanStatus To)
    : MutationError("ILLEGAL_PLAN_TRANSITION",
        $"A plan that is {From.ToString().ToUpperInvariant()} cannot become {To.ToString().ToUpperInvariant()}"
        + (To == AccountPlanStatus.Reviewed ? " (record a review of an ACTIVE or REVIEWED plan instead)." : "."));

[Description("A closed plan is kept as it was: it can no longer be edited.")]
public sealed record PlanClosedError(
    [property: Description("The plan given.")] string Id)
    : MutationError("PLAN_CLOSED", $"Plan '{InputEcho.Shorten(Id)}' is closed and can no longer be changed.");

[Description("A contact named in a plan or review was unknown, removed, or another account's person.")]
public sealed record PlanContactError(
    [property: Description("The input field.")] string Field,
    [property: Description("The contact given.")] string ContactId,
    [property: Description("What is wrong.")] string Problem)
    : MutationError("CONTACT_NOT_ON_ACCOUNT", $"`{Field}`: contact '{InputEcho.Shorten(ContactId)}': {Problem}");

[Description("A user named as a review's participant does not exist.")]
public sealed record ParticipantNotFoundError(
    [property: Description("The user given.")] string UserId)
    : MutationError("PARTICIPANT_NOT_FOUND", $"No user has the ID '{InputEcho.Shorten(UserId)}'.");

[Description("A user named as a review's participant is a partner's, not one of the company's staff.")]
public sealed record ParticipantNotStaffError(
    [property: Description("The user given.")] string UserId)
    : MutationError("PARTICIPANT_NOT_STAFF",
        $"The user '{InputEcho.Shorten(UserId)}' is a partner's: a review lists the company's own people.");

[Description("A list of the plan had more entries than allowed.")]
public sealed record TooManyEntriesError(
    [property: Description("The input field.")] string Field,
    [property: Description("The most entries allowed.")] int MaxEntries)
    : MutationError("TOO_MANY_ENTRIES", $"`{Field}` may hold at most {MaxEntries} entries.");

[Description("A review's date was in the future or before the plan became active.")]
public sealed record ReviewDateError(
    [property: Description("The date given.")] DateTime ReviewedAt,
    [property: Description("The earliest date allowed: when the plan last became ACTIVE.")] DateTime Earliest)
    : MutationError("INVALID_REVIEW_DATE",
        $"`reviewedAt` must be from the plan's activation ({Earliest:O}) to now (got {ReviewedAt:O}).");
