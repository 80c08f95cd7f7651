using GraphKam.Server.Data;

namespace GraphKam.Server.OrgCharts;

/// <summary>One contact in a laid-out chart: how deep it sits, its manager, and the IDs from the top down to it.</summary>
public sealed record OrgChartEntry(Contact Contact, int Depth, int? ManagerId, IReadOnlyList<int> Path);

/// <summary>The organisation chart rules: how a chart is laid out, and which moves would make it loop.</summary>
public static class OrgChart
{
    /// <summary>
    /// Depth-first, from the top of each tree: a client draws the whole chart from this one list. Siblings come
    /// primary contact first, then by buying role (decision makers first), then by name.
    /// </summary>
    public static List<OrgChartEntry> Layout(IReadOnlyList<Contact> contacts)
    {
        var ids = contacts.Select(c => c.Id).ToHashSet();
        var reports = contacts.ToLookup(c => c.ReportsToId is { } m && ids.Contains(m) ? m : (int?)null);
        var entries = new List<OrgChartEntry>(contacts.Count);
        var stack = new Stack<(Contact Contact, int Depth, IReadOnlyList<int> Path)>();
        foreach (var top in Siblings(reports[null]).Reverse()) stack.Push((top, 0, [top.Id]));
        while (stack.Count > 0)
        {
            var (contact, depth, path) = stack.Pop();
            entries.Add(new OrgChartEntry(contact, depth, depth == 0 ? null : contact.ReportsToId, path));
            foreach (var report in Siblings(reports[contact.Id]).Reverse()) stack.Push((report, depth + 1, [.. path, report.Id]));
        }
        return entries;
    }

    private static IEnumerable<Contact> Siblings(IEnumerable<Contact> contacts) =>
        contacts.OrderByDescending(c => c.IsPrimary).ThenBy(c => c.BuyingRole).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id);

    /// <summary>
    /// Whether <paramref name="contactId"/> reporting to <paramref name="newManagerId"/> would loop: the new manager is
    /// the contact itself or reports to it, directly or not (<paramref name="managers"/>: each contact's manager).
    /// </summary>
    public static bool FormsCycle(int contactId, int newManagerId, IReadOnlyDictionary<int, int?> managers)
    {
        var seen = new HashSet<int>();
        for (int? current = newManagerId; current is { } id; current = managers.GetValueOrDefault(id))
            if (id == contactId || !seen.Add(id)) return true;
        return false;
    }
}
