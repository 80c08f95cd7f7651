using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.OrgCharts;

/// <summary>Points a contact at its manager and dotted-line contacts, within its account and without loops.</summary>
internal static class ContactReferences
{
    public static async Task<MutationError?> SetManagerAsync(MutationScope scope, Contact contact, string? managerId)
    {
        if (managerId == null)
        {
            contact.ReportsToId = null;
            return null;
        }
        if (!GlobalId.TryParseKey(managerId, "Contact", out var key)) return new InvalidIdError("reportsToId", managerId, "Contact");
        var manager = await scope.Db.Contacts.Where(c => c.Id == key && c.RemovedAt == null).Select(c => new { c.AccountId }).FirstOrDefaultAsync(scope.CancellationToken);
        if (manager == null) return new ManagerNotFoundError(managerId);
        if (manager.AccountId != contact.AccountId) return new ManagerInOtherAccountError(managerId);
        if (contact.Id != 0)
        {
            var managers = await scope.Db.Contacts.Where(c => c.AccountId == contact.AccountId)
                .ToDictionaryAsync(c => c.Id, c => c.ReportsToId, scope.CancellationToken);
            if (OrgChart.FormsCycle(contact.Id, key, managers)) return new OrgChartCycleError(GlobalId.Encode("Contact", contact.Id), managerId);
        }
        contact.ReportsToId = key;
        return null;
    }

    /// <summary>Replaces the contact's dotted lines with these contacts of the same account.</summary>
    public static async Task<List<MutationError>> SetDottedLinesAsync(MutationScope scope, Contact contact, IReadOnlyList<string> ids)
    {
        var errors = new List<MutationError>();
        var keys = new List<int>();
        foreach (var id in ids.Distinct())
            if (!GlobalId.TryParseKey(id, "Contact", out var key)) errors.Add(new InvalidIdError("dottedLineIds", id, "Contact"));
            else if (key == contact.Id) errors.Add(new InvalidDottedLineError(id, "a contact cannot have a dotted line to itself."));
            else keys.Add(key);
        var found = await scope.Db.Contacts.Where(c => keys.Contains(c.Id) && c.RemovedAt == null)
            .ToDictionaryAsync(c => c.Id, c => c.AccountId, scope.CancellationToken);
        foreach (var key in keys)
            if (!found.TryGetValue(key, out var account)) errors.Add(new InvalidDottedLineError(GlobalId.Encode("Contact", key), "no current contact has this ID."));
            else if (account != contact.AccountId) errors.Add(new InvalidDottedLineError(GlobalId.Encode("Contact", key), "the contact works for another account."));
        if (errors.Count > 0) return errors;

        if (contact.Id != 0)
            await scope.Db.ContactLinks.Where(l => l.ContactId == contact.Id).ExecuteDeleteAsync(scope.CancellationToken);
        contact.DottedLines = keys.Select(key => new ContactLink { RelatedContactId = key }).ToList();
        return errors;
    }

    /// <summary>Only one primary contact per account: making one primary makes the others not.</summary>
    public static Task<int> UnsetOtherPrimariesAsync(MutationScope scope, Contact contact) =>
        scope.Db.Contacts.Where(c => c.AccountId == contact.AccountId && c.Id != contact.Id && c.IsPrimary)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.IsPrimary, false), scope.CancellationToken);
}
