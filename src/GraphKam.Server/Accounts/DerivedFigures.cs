using System.ComponentModel;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Accounts;

/// <summary>
/// Another area that derives some of an account's figures from records it keeps (revenue by month, products in use).
/// While an account has such records, <c>updateAccount</c> may not set those figures by hand: the next record would
/// silently overwrite them, and tiers would grade on a number nobody recorded.
/// </summary>
public interface IDerivedFigureSource
{
    /// <summary>The account fields (input names) this source derives, e.g. <c>monthlyRevenue</c>.</summary>
    IReadOnlyList<string> Fields { get; }

    /// <summary>What to do instead, for the error's message (e.g. "record a month with recordRevenue").</summary>
    string Instead { get; }

    /// <summary>Whether the account has the records the figures are derived from.</summary>
    Task<bool> DerivesAsync(GraphKamDbContext db, int accountId, CancellationToken cancellationToken);
}

[Description("The figure is derived from the account's own records and cannot be set by hand while it has them.")]
public sealed record DerivedFigureError(
    [property: Description("The input field.")] string Field,
    [property: Description("What to do instead.")] string Instead)
    : MutationError("DERIVED_FIGURE", $"`{Field}` follows the account's records: {Instead} instead.");

/// <summary>Refuses hand-set figures that another area derives for this account.</summary>
public sealed class DerivedFigures(IEnumerable<IDerivedFigureSource> sources)
{
    public async Task<List<MutationError>> RefuseAsync(GraphKamDbContext db, int accountId, IReadOnlySet<string> setFields,
        CancellationToken cancellationToken)
    {
        var errors = new List<MutationError>();
        foreach (var source in sources)
        {
            var fields = source.Fields.Where(setFields.Contains).ToList();
            if (fields.Count > 0 && await source.DerivesAsync(db, accountId, cancellationToken))
                errors.AddRange(fields.Select(f => new DerivedFigureError(f, source.Instead)));
        }
        return errors;
    }
}
