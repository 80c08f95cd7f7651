using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Users;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Activities;

public sealed record LogActivityInput(string AccountId, ActivityKind Type, DateTime OccurredAt, string Summary, string? Outcome,
    IReadOnlyList<string> ContactIds, string? OwnerId, string? OpportunityId);

/// <summary>
/// <c>logActivity</c>: records what happened with whom. Each active role plan of the people involved moves on: its
/// next action falls one plan frequency after the activity (never earlier than it already was).
/// </summary>
public static class LogActivity
{
    /// <summary>Clocks differ a little between devices; an activity up to this far ahead still counts as past.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static async Task<Payload> HandleAsync(LogActivityInput input, MutationScope scope)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));
        var occurredAt = input.OccurredAt.ToUniversalTime();
        var errors = new List<MutationError>();
        TextRules.Check(input.Summary, "summary", 2000, errors, required: true);
        TextRules.Check(input.Outcome, "outcome", 2000, errors);
        if (occurredAt > scope.Now + ClockSkew) errors.Add(new ActivityInFutureError(occurredAt));
        var contacts = await ContactsAsync(scope, account.Id, input.ContactIds, errors);
        var ownerId = await scope.Db.OptionalKeyAsync<User>(input.OwnerId, "User", "ownerId", id => new OwnerNotFoundError(id), errors, scope.CancellationToken);
        // A deal of another account answers as none with this ID.
        var opportunityId = await scope.Db.OptionalKeyAsync<Opportunity>(input.OpportunityId, "Opportunity", "opportunityId",
            id => new OpportunityNotFoundError(id), errors, scope.CancellationToken, o => o.AccountId == account.Id);
        if (errors.Count > 0) return Payload.Failure(errors);

        var activity = new Activity
        {
            AccountId = account.Id,
            Type = input.Type,
            OccurredAt = occurredAt,
            Summary = input.Summary.Trim(),
            Outcome = input.Outcome?.Trim(),
            OwnerId = ownerId,
            OpportunityId = opportunityId,
            CreatedAt = scope.Now,
            Contacts = contacts.Select(id => new ActivityContact { ContactId = id }).ToList(),
        };
        scope.Db.Activities.Add(activity);
        foreach (var plan in await scope.Db.RolePlans.AsTracking()
                     .Where(p => contacts.Contains(p.ContactId) && p.Status == PlanStatus.Active).ToListAsync(scope.CancellationToken))
        {
            var next = occurredAt.AddDays(plan.FrequencyDays);
            if (plan.NextActionAt == null || next > plan.NextActionAt) (plan.NextActionAt, plan.UpdatedAt) = (next, scope.Now);
        }
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        scope.Publish(ActivityLogged.Topic, new ActivityLogged(activity.Id, activity.AccountId));
        return Payload.Success(activity);
    }

    /// <summary>The keys of the given contacts, each a current contact of the account.</summary>
    private static async Task<List<int>> ContactsAsync(MutationScope scope, int accountId, IReadOnlyList<string> ids, List<MutationError> errors)
    {
        var keys = new List<int>();
        foreach (var id in ids.Distinct())
            if (GlobalId.TryParseKey(id, "Contact", out var key)) keys.Add(key);
            else errors.Add(new InvalidIdError("contactIds", id, "Contact"));
        var found = await scope.Db.Contacts.Where(c => keys.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => (c.AccountId, c.RemovedAt), scope.CancellationToken);
        foreach (var key in keys)
        {
            var problem = !found.TryGetValue(key, out var contact) ? "no contact has this ID."
                : contact.AccountId != accountId ? "the contact works for another account."
                : contact.RemovedAt != null ? "the contact was removed from the chart."
                : null;
            if (problem != null) errors.Add(new InvalidActivityContactError(GlobalId.Encode("Contact", key), problem));
        }
        return keys;
    }
}

public sealed class LogActivityInputType : InputObjectGraphType
{
    public LogActivityInputType()
    {
        Name = "LogActivityInput";
        Description = "An activity that took place with an account.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<ActivityKindType>>("type").Description("What kind of contact it was.");
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When it took place (not in the future).");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What happened.");
        Field<StringGraphType>("outcome").Description("What came of it.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("contactIds").Description("The account's people who took part; their role plans move on.");
        Field<IdGraphType>("ownerId").Description("Who from our side carried it out.");
        Field<IdGraphType>("opportunityId").Description("The deal with this account the activity served.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new LogActivityInput(
        value.RequiredId("accountId"), value.Required<ActivityKind>("type"), value.Required<DateTime>("occurredAt"), value.Required<string>("summary"),
        value.Get<string>("outcome"), AddContactInputType.IdList(value, "contactIds") ?? [], value.GetId("ownerId"), value.GetId("opportunityId"));
}

