using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data;

/// <summary>
/// The one database: the domain, and Identity's logins and roles (<see cref="Logins"/> are Identity's sign-in accounts;
/// the sales organisation's people are <see cref="People"/>). Every context knows whose request it serves: a partner's
/// sees only the rows its entities' read rules allow, and every save of a caller who may not change everything is
/// checked by the entities' write rules (<see cref="AccessRules"/>, declared by the areas).
/// On PostgreSQL the context is a <see cref="Providers.PostgreSqlGraphKamDbContext"/>, which has its own migrations.
/// </summary>
public class GraphKamDbContext(DbContextOptions options) : IdentityDbContext<Login, IdentityRole<int>, int>(options)
{
    private AccessScope? _access;
    private AccessRules? _rules;
    private TimeProvider? _clock;

    /// <summary>
    /// Whom the context serves from now on, and by which rules and clock; without it, the system (nothing checked).
    /// The factory calls it on every context it hands out, pooled ones included, which serve one caller after another.
    /// </summary>
    public GraphKamDbContext Serve(AccessScope? access, AccessRules? rules, TimeProvider? clock)
    {
        _access = access;
        _rules = rules;
        _clock = clock;
        PartnerId = access?.PartnerDistributorId;
        CallerPersonId = access?.PersonId;
        PartnerWallLifted = false;
        SavingDerived = false;
        return this;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (CheckedAudience is not { } audience) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (SavingDerived)
        {
            EnsureOnlyDerived();
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // Rows are checked as they were and as saved, so the save needs a transaction to undo it; mutations bring one.
        await using var own = Database.CurrentTransaction == null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var guard = new WriteGuard(_rules ?? new AccessRules([]));
        var saved = await guard.SaveCheckedAsync(this, audience,
            () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
        if (own != null) await own.CommitAsync(cancellationToken);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        CheckedAudience == null
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException("Changes made for a caller are saved asynchronously, so that they can be checked.");

    /// <summary>
    /// Refuses at once a change of members the caller may not change on any row of <typeparamref name="T"/> (a partner
    /// asking to change its distributor's territory), so that it is refused before validation could say anything.
    /// </summary>
    public void EnsureMayChange<T>(IEnumerable<string> members) where T : class
    {
        if (CheckedAudience is not { } audience) return;
        var rule = (_rules?.For(typeof(T)) as EntityRules<T>)?.WriteRuleFor(audience);
        if (rule == null || (rule.Fields != null && members.Any(member => !rule.Fields.Contains(member)))) throw WriteGuard.Refused();
    }

    /// <summary>
    /// Refuses a caller who may not change <paramref name="entity"/> (a tracked row), for a mutation that finds it has
    /// nothing to save: the write guard checks saves only, and "nothing to do" must answer a caller who may not change
    /// the row as "not yours" does, not as a success.
    /// </summary>
    public async Task EnsureMayChangeAsync(object entity, CancellationToken cancellationToken)
    {
        if (CheckedAudience is { } audience)
            await new WriteGuard(_rules ?? new AccessRules([])).EnsureMayChangeAsync(this, audience, Entry(entity), cancellationToken);
    }

    /// <summary>
    /// True while the system saves what it derives from a change the caller was allowed to make (the products an
    /// account uses now, counted on the account, and its tiers regraded): those saves are not the caller's writes, so
    /// they are not held to the caller's write rules. Only code sets it, around values it computed, never input.
    /// </summary>
    internal bool SavingDerived { get; private set; }

    /// <summary>Runs <paramref name="saves"/> (saves, and the handlers they tell) as the system's derived saves.</summary>
    public async Task SaveDerivedAsync(Func<Task> saves)
    {
        SavingDerived = true;
        try
        {
            await saves();
        }
        finally
        {
            SavingDerived = false;
        }
    }

    /// <summary>
    /// Lifting the write rules is for what the areas declared the system derives (<see cref="EntityRules{T}.SystemDerives"/>),
    /// so a change left pending by mistake beside the derived ones is refused instead of saved unchecked.
    /// </summary>
    private void EnsureOnlyDerived()
    {
        var pending = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        foreach (var entry in pending)
            if (_rules?.For(entry.Metadata.ClrType)?.MaySystemDerive(entry) != true)
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} change is not one the system derives; it is saved by the caller's rules.");
    }

    /// <summary>Whose changes are checked row by row: null for managers and for the system's own work.</summary>
    private Audience? CheckedAudience => _access is not { IsPrincipalSet: true, IsManager: false } ? null
        : _access.PartnerDistributorId != null ? Audience.Partner : Audience.Staff;

    /// <summary>The distributor whose partner is asking; null when every row may be read. Query filters use it.</summary>
    public int? PartnerId { get; private set; }

    /// <summary>
    /// True while rules that judge the whole company read past the partner's isolation on PostgreSQL's side too
    /// (<see cref="Providers.PartnerWall"/>); the query filters are lifted at the same places by IgnoreQueryFilters.
    /// </summary>
    internal bool PartnerWallLifted { get; set; }

    /// <summary>The person asking, for filters that show a partner its own user.</summary>
    public int? CallerPersonId { get; private set; }

    /// <summary>The person asking when they are staff (an account manager or inside sales), whose rows are checked.</summary>
    public int? StaffPersonId => CheckedAudience == Audience.Staff ? CallerPersonId : null;

    /// <summary>The instant rules judge by (an account team's active members), read anew by every query.</summary>
    public DateTime RulesNow => (_clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    /// <summary>
    /// The accounts whose dependent rows (contacts, activities, deals, cases…) the caller may change as staff: those
    /// they own and those on whose team they are now. The write rules of those rows share it, so that a team member
    /// may do what the owner may; the account's own row, its owner and its team stay the owner's. The membership test
    /// is <see cref="Periods.ActiveAt{T}"/> spelled out: query filters are compiled once, and only a member
    /// read inside them (<see cref="RulesNow"/>) is read again by every query.
    /// </summary>
    public IQueryable<Account> AccountsCallerWorks => Accounts.Where(a => a.OwnerId == CallerPersonId
        || AccountTeamMembers.Any(m => m.AccountId == a.Id && m.UserId == CallerPersonId && m.Since <= RulesNow
            && (m.Until == null || m.Until > RulesNow)));

    /// <summary>Sign-in accounts (Identity's users); <see cref="People"/> are the people they belong to.</summary>
    public DbSet<Login> Logins => Set<Login>();

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<User> People => Set<User>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AccountMeasure> AccountMeasures => Set<AccountMeasure>();
    public DbSet<TierPolicy> TierPolicies => Set<TierPolicy>();
    public DbSet<AccountTier> AccountTiers => Set<AccountTier>();
    public DbSet<TierChange> TierChanges => Set<TierChange>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ContactLink> ContactLinks => Set<ContactLink>();
    public DbSet<RolePlan> RolePlans => Set<RolePlan>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivityContact> ActivityContacts => Set<ActivityContact>();
    public DbSet<FunnelStage> FunnelStages => Set<FunnelStage>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<OpportunityContact> OpportunityContacts => Set<OpportunityContact>();
    public DbSet<StageChange> StageChanges => Set<StageChange>();
    public DbSet<OpportunitySplit> OpportunitySplits => Set<OpportunitySplit>();
    public DbSet<SalesTarget> SalesTargets => Set<SalesTarget>();
    public DbSet<Distributor> Distributors => Set<Distributor>();
    public DbSet<DistributorAssignment> DistributorAssignments => Set<DistributorAssignment>();
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
    public DbSet<ChannelConflict> ChannelConflicts => Set<ChannelConflict>();
    public DbSet<DealRegistration> DealRegistrations => Set<DealRegistration>();
    public DbSet<ServiceCase> ServiceCases => Set<ServiceCase>();
    public DbSet<ServiceCaseChange> ServiceCaseChanges => Set<ServiceCaseChange>();
    public DbSet<SatisfactionSurvey> SatisfactionSurveys => Set<SatisfactionSurvey>();
    public DbSet<SatisfactionTarget> SatisfactionTargets => Set<SatisfactionTarget>();
    public DbSet<LoyaltyStageChange> LoyaltyStageChanges => Set<LoyaltyStageChange>();
    public DbSet<AccountPlan> AccountPlans => Set<AccountPlan>();
    public DbSet<PlanReview> PlanReviews => Set<PlanReview>();
    public DbSet<AccountTeamMember> AccountTeamMembers => Set<AccountTeamMember>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<AccountProduct> AccountProducts => Set<AccountProduct>();
    public DbSet<RevenueRecord> RevenueRecords => Set<RevenueRecord>();
    public DbSet<KpiSnapshot> KpiSnapshots => Set<KpiSnapshot>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ContractProduct> ContractProducts => Set<ContractProduct>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GraphKamDbContext).Assembly);
        // Only partners' contexts carry the isolation filters (see AccessModelCacheKeyFactory): everyone else's SQL is
        // exactly what it was without them.
        if (PartnerId != null) ReadFilters.Apply(modelBuilder, this, _rules ?? new AccessRules([]));
        modelBuilder.HasDbFunction(typeof(SqlDates).GetMethod(nameof(SqlDates.DaysBetween))!).HasName(SqlDates.DaysBetweenFunction);
        // On SQLite exact days are a translator of the provider (Providers/SqliteExactDays), not part of the model.
        if (!Database.IsSqlite())
            modelBuilder.HasDbFunction(typeof(SqlDates).GetMethod(nameof(SqlDates.ExactDaysBetween))!).HasName(SqlDates.ExactDaysBetweenFunction);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Every instant is UTC; SQLite keeps it as sortable ISO text, so comparisons and ORDER BY stay in SQL.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
