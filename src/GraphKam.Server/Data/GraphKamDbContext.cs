using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data;

public sealed class GraphKamDbContext(DbContextOptions<GraphKamDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<User> Users => Set<User>();
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
    public DbSet<SalesTarget> SalesTargets => Set<SalesTarget>();
    public DbSet<Distributor> Distributors => Set<Distributor>();
    public DbSet<DistributorAssignment> DistributorAssignments => Set<DistributorAssignment>();
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
    public DbSet<ChannelConflict> ChannelConflicts => Set<ChannelConflict>();
    public DbSet<DealRegistration> DealRegistrations => Set<DealRegistration>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GraphKamDbContext).Assembly);
        modelBuilder.HasDbFunction(typeof(SqlDates).GetMethod(nameof(SqlDates.DaysBetween))!).HasName(SqlDates.DaysBetweenFunction);
        var exactDays = modelBuilder.HasDbFunction(typeof(SqlDates).GetMethod(nameof(SqlDates.ExactDaysBetween))!).HasName(SqlDates.ExactDaysBetweenFunction);
        if (Database.IsSqlite()) exactDays.HasTranslation(SqlDates.SqliteExactDaysBetween);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Every instant is UTC; SQLite keeps it as sortable ISO text, so comparisons and ORDER BY stay in SQL.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
