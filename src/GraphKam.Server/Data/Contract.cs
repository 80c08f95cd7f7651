namespace GraphKam.Server.Data;

/// <summary>
/// A customer contract (合同): what an account signed, for which products, for how much and for how long, and how its
/// renewal stands. Contracts are the company's own record: partners neither see nor write them.
/// </summary>
public sealed class Contract : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }

    /// <summary>The contract's number, trimmed, unique across contracts.</summary>
    public required string Number { get; set; }

    /// <summary>What the contract is worth over its term, in yuan (stored in fen).</summary>
    public decimal Value { get; set; }

    /// <summary>The first day it is in force (a UTC date: midnight).</summary>
    public DateTime StartsOn { get; set; }

    /// <summary>Its last day in force (a UTC date: midnight), after <see cref="StartsOn"/>.</summary>
    public DateTime EndsOn { get; set; }

    public ContractRenewalState RenewalState { get; set; } = ContractRenewalState.Active;

    /// <summary>Who signed for the customer: a contact of the same account.</summary>
    public int? SignedById { get; set; }
    public Contact? SignedBy { get; set; }

    /// <summary>The deal <c>renewContract</c> opened in the funnel.</summary>
    public int? RenewalOpportunityId { get; set; }
    public Opportunity? RenewalOpportunity { get; set; }

    /// <summary>The contract this one renews (its successor is the contract whose <see cref="RenewalOfId"/> is this one).</summary>
    public int? RenewalOfId { get; set; }
    public Contract? RenewalOf { get; set; }

    public List<ContractProduct> Products { get; set; } = [];
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A catalogue product a contract covers.</summary>
public sealed class ContractProduct
{
    public int ContractId { get; set; }
    public Contract? Contract { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
}
