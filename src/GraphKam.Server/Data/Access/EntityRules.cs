using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GraphKam.Server.Data.Access;

/// <summary>Whether partners may read an entity's rows, and which.</summary>
public enum PartnerReads
{
    /// <summary>Nothing was declared: partners see no row (fail closed).</summary>
    Undeclared,

    /// <summary>The company's own data: partners see no row.</summary>
    None,

    /// <summary>Reference data everyone reads (funnel stages, tier policies).</summary>
    All,

    /// <summary>The rows a predicate selects.</summary>
    Some,
}

/// <summary>
/// A rule for rows a caller who may not change everything wants to change. <see cref="Existing"/> must hold for a row
/// as it was before the change (a changed or removed row) and as it is after it (a changed row); <see cref="Create"/>
/// must hold for a new row, and for a changed row whose <see cref="HandOver"/> members changed (taking or giving it).
/// <see cref="Fields"/>, when set, are the only members the caller may change on an existing row.
/// </summary>
public sealed record WriteRule<T>(
    Expression<Func<GraphKamDbContext, T, bool>> Existing,
    Expression<Func<GraphKamDbContext, T, bool>> Create,
    IReadOnlySet<string> HandOver,
    IReadOnlySet<string>? Fields) where T : class;

/// <summary>Who may read and change the rows of one entity type, as declared by the area that owns it.</summary>
public interface IEntityRules
{
    Type EntityType { get; }
    PartnerReads PartnerReads { get; }
    bool WritesDeclared { get; }

    /// <summary>What the rule says, in words, for the authorization model's documentation.</summary>
    string Describe(Audience audience);

    /// <summary>What partners read, in words.</summary>
    string DescribeReads();

    /// <summary>The query filter for a partner's context; null when partners read every row.</summary>
    LambdaExpression? PartnerQueryFilter(GraphKamDbContext db);

    /// <summary>
    /// Whether the system may save this pending change for a caller without the caller's write rule, because it derives
    /// it from a change the caller was allowed to make (<see cref="GraphKamDbContext.SavingDerived"/>).
    /// </summary>
    bool MaySystemDerive(EntityEntry entry);

    /// <summary>Checks a row's change before it is saved; returns the check to run after the save, or why not.</summary>
    Task<WriteCheck> CheckBeforeAsync(GraphKamDbContext db, Audience audience, EntityEntry entry, CancellationToken cancellationToken);
}

/// <summary>The outcome of checking a change before its save: refused, or allowed pending a check of the saved row.</summary>
public sealed record WriteCheck(bool Allowed, Func<CancellationToken, Task<bool>>? After)
{
    public static readonly WriteCheck Refused = new(false, null);
}

/// <summary>The callers whose changes are checked row by row (managers may change every row).</summary>
public enum Audience
{
    /// <summary>Account managers and inside sales.</summary>
    Staff,

    /// <summary>Partners, signed in or through an API token.</summary>
    Partner,
}

/// <inheritdoc cref="IEntityRules"/>
public sealed class EntityRules<T> : IEntityRules where T : class
{
    private readonly Dictionary<Audience, (WriteRule<T> Rule, string Words)> _writes = [];
    private IReadOnlySet<string>? _derived;
    private string _readWords = "";

    public Type EntityType => typeof(T);
    public PartnerReads PartnerReads { get; private set; }
    public Expression<Func<GraphKamDbContext, T, bool>>? PartnerFilter { get; private set; }
    public bool WritesDeclared { get; private set; }

    /// <summary>Partners see the rows <paramref name="visible"/> selects (a query filter on every read).</summary>
    public EntityRules<T> PartnersRead(string words, Expression<Func<GraphKamDbContext, T, bool>> visible)
    {
        (PartnerReads, PartnerFilter, _readWords) = (PartnerReads.Some, visible, words);
        return this;
    }

    /// <summary>The company's own data: partners never see it.</summary>
    public EntityRules<T> CompanyOnly() => Reads(PartnerReads.None, "none");

    /// <summary>Reference data that every signed-in caller reads.</summary>
    public EntityRules<T> SharedReference() => Reads(PartnerReads.All, "all (reference data)");

    /// <summary>Only managers (and the system) change these rows.</summary>
    public EntityRules<T> ManagersWrite()
    {
        WritesDeclared = true;
        return this;
    }

    /// <summary>Account managers and inside sales may change rows as <paramref name="rule"/> says.</summary>
    public EntityRules<T> StaffWrite(string words, WriteRule<T> rule) => Writes(Audience.Staff, words, rule);

    /// <summary>Partners may change rows as <paramref name="rule"/> says.</summary>
    public EntityRules<T> PartnerWrite(string words, WriteRule<T> rule) => Writes(Audience.Partner, words, rule);

    /// <summary>
    /// The system keeps these rows (or, when <paramref name="members"/> are named, these members of existing rows) in
    /// step with other rows, and may save them for a caller whose change they follow from. Nothing else is lifted.
    /// </summary>
    public EntityRules<T> SystemDerives(params string[] members)
    {
        _derived = members.ToHashSet();
        return this;
    }

    public bool MaySystemDerive(EntityEntry entry) => _derived switch
    {
        null => false,
        { Count: 0 } => true,
        var members => entry.State == EntityState.Modified && ChangedMembers(entry).All(members.Contains),
    };

    public WriteRule<T>? WriteRuleFor(Audience audience) => _writes.TryGetValue(audience, out var w) ? w.Rule : null;

    public string Describe(Audience audience) => audience switch
    {
        _ when !WritesDeclared => "undeclared",
        _ when _writes.TryGetValue(audience, out var write) => write.Words,
        _ => "—",
    };

    public string DescribeReads() => PartnerReads == PartnerReads.Undeclared ? "undeclared" : _readWords;

    public LambdaExpression? PartnerQueryFilter(GraphKamDbContext db) => PartnerReads switch
    {
        PartnerReads.All => null,
        PartnerReads.Some => RowChecks.Or(db, AccessRules.Bind(PartnerFilter!, db)),
        _ => RowChecks.Nothing<T>(db),
    };

    public async Task<WriteCheck> CheckBeforeAsync(GraphKamDbContext db, Audience audience, EntityEntry entry,
        CancellationToken cancellationToken)
    {
        if (WriteRuleFor(audience) is not { } rule) return WriteCheck.Refused;
        var keyBefore = RowChecks.Key<T>(entry, original: true);
        switch (entry.State)
        {
            case EntityState.Added:
                return new WriteCheck(true, token => RowChecks.HoldsAsync(db, RowChecks.Key<T>(entry, original: false), rule.Create, token));
            case EntityState.Deleted:
                return new WriteCheck(await RowChecks.HoldsAsync(db, keyBefore, rule.Existing, cancellationToken), null);
            default:
                var changed = ChangedMembers(entry);
                if (rule.Fields != null && changed.Any(name => !rule.Fields.Contains(name))) return WriteCheck.Refused;
                if (!await RowChecks.HoldsAsync(db, keyBefore, rule.Existing, cancellationToken)) return WriteCheck.Refused;
                var handedOver = changed.Any(rule.HandOver.Contains);
                return new WriteCheck(true, async token =>
                    await RowChecks.HoldsAsync(db, keyBefore, rule.Existing, token)
                    && (!handedOver || await RowChecks.HoldsAsync(db, keyBefore, rule.Create, token)));
        }
    }

    /// <summary>Values that really change: Identity's store marks every column modified when it saves a login.</summary>
    private static List<string> ChangedMembers(EntityEntry entry) => entry.Properties
        .Where(p => p.IsModified && !p.Metadata.GetValueComparer().Equals(p.OriginalValue, p.CurrentValue))
        .Select(p => p.Metadata.Name).ToList();

    private EntityRules<T> Reads(PartnerReads reads, string words)
    {
        (PartnerReads, PartnerFilter, _readWords) = (reads, null, words);
        return this;
    }

    private EntityRules<T> Writes(Audience audience, string words, WriteRule<T> rule)
    {
        WritesDeclared = true;
        _writes[audience] = (rule, words);
        return this;
    }
}
