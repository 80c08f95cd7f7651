namespace GraphKam.Server.Data;

/// <summary>A key account's file (大客户档案): identity, value metrics, ownership and relationship health.</summary>
public sealed class Account : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public Industry Industry { get; set; }
    public required string Region { get; set; }
    public AccountScale Scale { get; set; }
    public int Employees { get; set; }

    /// <summary>What the account pays us per month, in yuan (stored in fen).</summary>
    public decimal MonthlyRevenue { get; set; }

    /// <summary>Monthly informatisation (IT-services) revenue, in yuan.</summary>
    public decimal MonthlyItRevenue { get; set; }

    public int ProductsInUse { get; set; }

    /// <summary>Party, government, military, courts, police, media, key industries: strategic whatever their revenue.</summary>
    public bool Strategic { get; set; }

    public int? ParentId { get; set; }
    public Account? Parent { get; set; }
    public List<Account> Children { get; set; } = [];

    public int? OwnerId { get; set; }
    public User? Owner { get; set; }

    public Coverage Coverage { get; set; }
    public LoyaltyStage LoyaltyStage { get; set; }

    /// <summary>
    /// Satisfaction from 0 to 100; null until measured. The mean of the account's surveys in the window, kept here so
    /// that filters and sorts stay in SQL; set by hand while the account has no survey in the window.
    /// </summary>
    public double? Satisfaction { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ArchivedAt { get; set; }

    /// <summary>Optimistic-concurrency version: every change increments it.</summary>
    public int Version { get; set; }

    public List<AccountMeasure> Measures { get; set; } = [];
    public List<AccountTier> Tiers { get; set; } = [];
    public List<TierChange> TierChanges { get; set; } = [];
    public List<LoyaltyStageChange> LoyaltyChanges { get; set; } = [];
    public List<Contact> Contacts { get; set; } = [];
    public List<Activity> Activities { get; set; } = [];
    public List<Opportunity> Opportunities { get; set; } = [];
    public List<AccountPlan> Plans { get; set; } = [];
    public List<Contract> Contracts { get; set; } = [];

    /// <summary>The partners serving the account (through their assignments).</summary>
    public List<Distributor> Distributors { get; set; } = [];
}
