using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Plans;

/// <summary>
/// Collects the contact IDs a plan or review names and checks them in one read: each must be a current contact of
/// the plan's account (the org chart's people), never another account's.
/// </summary>
public sealed class PlanContactCheck(MutationScope scope, int accountId)
{
    private readonly List<(string Field, string Id, int Key)> _named = [];
    private readonly List<MutationError> _malformed = [];

    /// <summary>Remembers the IDs for the check and returns the keys of the well-formed ones.</summary>
    public List<int> Queue(IEnumerable<string> ids, string field)
    {
        var keys = new List<int>();
        foreach (var id in ids)
        {
            if (!GlobalId.TryParseKey(id, "Contact", out var key))
                _malformed.Add(new InvalidIdError(field, id, "Contact"));
            else if (!keys.Contains(key))
            {
                _named.Add((field, id, key));
                keys.Add(key);
            }
        }
        return keys;
    }

    public async Task<List<MutationError>> CheckAsync()
    {
        var errors = new List<MutationError>(_malformed);
        var keys = _named.Select(n => n.Key).Distinct().ToList();
        var found = await scope.Db.Contacts.Where(c => keys.Contains(c.Id))
            .Select(c => new { c.Id, c.AccountId, c.RemovedAt }).ToDictionaryAsync(c => c.Id, scope.CancellationToken);
        foreach (var (field, id, key) in _named)
        {
            var contact = found.GetValueOrDefault(key);
            var problem = contact == null ? "no contact has this ID."
                : contact.AccountId != accountId ? "the contact works for another account."
                : contact.RemovedAt != null ? "the contact was removed from the chart."
                : null;
            if (problem != null) errors.Add(new PlanContactError(field, id, problem));
        }
        return errors;
    }
}
