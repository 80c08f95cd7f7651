using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>Resolves what an opportunity refers to: its stage, owner and the people in the deal.</summary>
internal static class OpportunityReferences
{
    public static Task<FunnelStage?> StageAsync(MutationScope scope, string key) =>
        scope.Db.FunnelStages.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, scope.CancellationToken);

    public static async Task<MutationError?> SetOwnerAsync(MutationScope scope, Opportunity opportunity, string? ownerId)
    {
        var from = opportunity.OwnerId;
        if (ownerId == null)
        {
            opportunity.OwnerId = null;
            return await SplitHandOver.ApplyAsync(scope, opportunity, from, null);
        }
        // A deal's owner is one of the company's staff, as an account's is: a partner works a deal through its channel.
        var (key, error) = await StaffOwners.KeyAsync(scope.Db, ownerId, scope.CancellationToken);
        if (error != null) return error;
        opportunity.OwnerId = key;
        return await SplitHandOver.ApplyAsync(scope, opportunity, from, key);
    }

    /// <summary>Replaces the people in the deal: current contacts of its account, each role defaulting to their buying role.</summary>
    public static async Task<List<MutationError>> SetContactsAsync(MutationScope scope, Opportunity opportunity, IReadOnlyList<OpportunityContactInput> roles)
    {
        var errors = new List<MutationError>();
        var wanted = new List<(int Key, OpportunityContactInput Input)>();
        foreach (var role in roles.DistinctBy(r => r.ContactId))
            if (GlobalId.TryParseKey(role.ContactId, "Contact", out var key)) wanted.Add((key, role));
            else errors.Add(new InvalidIdError("contactRoles", role.ContactId, "Contact"));
        var keys = wanted.Select(w => w.Key).ToList();
        var contacts = await scope.Db.Contacts.Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, scope.CancellationToken);
        foreach (var (key, input) in wanted)
        {
            var problem = !contacts.TryGetValue(key, out var contact) ? "no contact has this ID."
                : contact.AccountId != opportunity.AccountId ? "the contact works for another account."
                : contact.RemovedAt != null ? "the contact was removed from the chart." : null;
            if (problem != null) errors.Add(new InvalidOpportunityContactError(input.ContactId, problem));
        }
        if (errors.Count > 0) return errors;
        if (opportunity.Id != 0)
            await scope.Db.OpportunityContacts.Where(l => l.OpportunityId == opportunity.Id).ExecuteDeleteAsync(scope.CancellationToken);
        opportunity.ContactRoles = wanted.Select(w => new OpportunityContact
        {
            ContactId = w.Key,
            Role = w.Input.Role ?? contacts[w.Key].BuyingRole,
            IsPrimary = w.Input.IsPrimary,
        }).ToList();
        return errors;
    }
}
