using GraphKam.Server.Data;

namespace GraphKam.Server.Contracts;

/// <summary>Which contracts are about to end and still to renew.</summary>
public static class ContractExpiry
{
    /// <summary>
    /// Contracts whose last day is from <paramref name="today"/> to <paramref name="within"/> days after it, and whose
    /// renewal is not settled (neither renewed nor terminated: active, under renewal, or lapsed — the last still end).
    /// </summary>
    public static IQueryable<Contract> Within(IQueryable<Contract> contracts, DateTime today, int within)
    {
        var last = today.AddDays(within);
        return contracts.Where(c => c.EndsOn >= today && c.EndsOn <= last
            && c.RenewalState != ContractRenewalState.Renewed && c.RenewalState != ContractRenewalState.Terminated);
    }
}
