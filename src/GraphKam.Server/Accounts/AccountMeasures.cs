using System.Text.RegularExpressions;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Accounts;

/// <summary>A named measure as a client sends it; a null value removes the measure (in updates).</summary>
public sealed record MeasureInput(string Key, decimal? Value);

/// <summary>The rules for named measures and how a mutation applies them to an account.</summary>
public static partial class AccountMeasures
{
    /// <summary>The account's own metrics, which a named measure may not shadow.</summary>
    public static readonly IReadOnlySet<string> BuiltIn =
        new HashSet<string> { "employees", "monthlyRevenue", "monthlyItRevenue", "productsInUse" };

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex KeyPattern();

    public static List<MutationError> Validate(IReadOnlyList<MeasureInput> measures)
    {
        var errors = new List<MutationError>();
        foreach (var group in measures.GroupBy(m => m.Key).Where(g => g.Count() > 1))
            errors.Add(new DuplicateMeasureError(group.Key));
        foreach (var measure in measures.DistinctBy(m => m.Key))
        {
            if (!IsValidKey(measure.Key)) errors.Add(new InvalidMeasureKeyError(measure.Key));
            else if (measure.Value < 0) errors.Add(new NegativeMetricError($"measures.{measure.Key}", measure.Value.Value));
        }
        return errors;
    }

    /// <summary>camelCase, at most 50 characters, and not one of the built-in metrics (those are account fields).</summary>
    public static bool IsValidKey(string key) =>
        key.Length <= AccountMeasureConfiguration.MaxKeyLength && KeyPattern().IsMatch(key) && !BuiltIn.Contains(key);

    /// <summary>Sets or removes the given measures of a tracked account; the others stay as they are.</summary>
    public static async Task ApplyAsync(GraphKamDbContext db, Account account, IReadOnlyList<MeasureInput> measures, CancellationToken cancellationToken)
    {
        if (measures.Count == 0) return;
        var keys = measures.Select(m => m.Key).ToList();
        var existing = account.Id == 0
            ? []
            : await db.AccountMeasures.AsTracking().Where(m => m.AccountId == account.Id && keys.Contains(m.Key)).ToDictionaryAsync(m => m.Key, cancellationToken);
        foreach (var measure in measures)
        {
            var stored = existing.GetValueOrDefault(measure.Key);
            if (measure.Value is not { } value) { if (stored != null) db.AccountMeasures.Remove(stored); }
            else if (stored != null) stored.Value = Money.Round(value);
            else account.Measures.Add(new AccountMeasure { Key = measure.Key, Value = Money.Round(value) });
        }
    }
}
