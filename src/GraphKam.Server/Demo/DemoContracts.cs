using System.Globalization;
using GraphKam.Server.Common;
using GraphKam.Server.Contracts;
using GraphKam.Server.Data;
using GraphKam.Server.Tiers;

namespace GraphKam.Server.Demo;

/// <summary>
/// Contracts of the top tiers (A1, A2 and B1 on the default policy): each such account has one for some of the products
/// it uses and two in five a second, worth about a share of the account's revenue over the term. Their terms are drawn
/// so that the book has a story: one account in four has one ending within the next 90 days
/// (<c>contractsExpiring(within: 90)</c>), some ended and were renewed by a successor contract, a few lapsed, the rest
/// run on. Signed by one of the account's contacts when it has any. A random sequence of its own keeps every other demo
/// figure as it was.
/// </summary>
public static class DemoContracts
{
    private enum Story { RunsOn, EndsSoon, Renewed, Lapsed }

    public static List<Contract> Create(IReadOnlyList<Account> accounts, IReadOnlyList<AccountProduct> uses, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 22);
        var policy = TierPolicySeed.ChinaMobile(now);
        var today = ContractRules.Day(now);
        var inUse = uses.Where(u => u.Until == null).ToLookup(u => u.Account!);
        var contracts = new List<Contract>();
        foreach (var account in accounts.Where(a => a.ArchivedAt == null))
        {
            if (TierScoring.Score(policy, AccountFacts.Of(account, account.Measures)).Tier.Rank > 3) continue;
            var products = inUse[account].Select(u => u.Product!).OrderBy(_ => random.Next()).ToList();
            if (products.Count == 0) continue;
            var story = random.NextDouble() switch
            {
                < 0.25 => Story.EndsSoon,
                < 0.45 => Story.Renewed,
                < 0.55 => Story.Lapsed,
                _ => Story.RunsOn,
            };
            var first = products.Take(Math.Min(products.Count, random.Next(1, 4))).ToList();
            contracts.AddRange(Contracts(account, first, story, today, random, contracts.Count));
            if (products.Count > first.Count && random.NextDouble() < 0.4)
                contracts.AddRange(Contracts(account, products.Skip(first.Count).Take(random.Next(1, 3)).ToList(),
                    Story.RunsOn, today, random, contracts.Count));
        }
        return contracts;
    }

    private static IEnumerable<Contract> Contracts(Account account, List<Product> products, Story story, DateTime today,
        Random random, int count)
    {
        var years = random.Next(1, 4);
        var ends = story switch
        {
            Story.EndsSoon => today.AddDays(random.Next(3, 89)),
            Story.Renewed or Story.Lapsed => today.AddDays(-random.Next(20, 300)),
            _ => today.AddDays(random.Next(95, 700)),
        };
        var contract = Contract(account, products, ends.AddYears(-years).AddDays(1), ends, today, random, count + 1);
        if (story == Story.Lapsed) contract.RenewalState = ContractRenewalState.Lapsed;
        yield return contract;
        if (story != Story.Renewed) yield break;
        contract.RenewalState = ContractRenewalState.Renewed;
        var successor = Contract(account, products, ends.AddDays(1), ends.AddYears(random.Next(1, 4)), today, random, count + 2);
        successor.RenewalOf = contract;
        yield return successor;
    }

    private static Contract Contract(Account account, List<Product> products, DateTime startsOn, DateTime endsOn,
        DateTime today, Random random, int sequence)
    {
        var months = (endsOn - startsOn).Days / 30.4;
        // The covered products' part of the account's bill: a fifth to a half of its monthly revenue, over the term.
        var value = Money.Round(account.MonthlyRevenue * (decimal)((0.2 + random.NextDouble() * 0.3) * months));
        // Signed a few weeks before it starts (a contract starting later was signed recently).
        var signed = startsOn.AddDays(-random.Next(5, 40));
        if (signed >= today) signed = today.AddDays(-random.Next(1, 10));
        return new Contract
        {
            Account = account,
            Number = string.Create(CultureInfo.InvariantCulture, $"HT-{startsOn.Year}-{sequence:D4}"),
            Value = value,
            StartsOn = startsOn,
            EndsOn = endsOn,
            SignedBy = account.Contacts.Count == 0 ? null : account.Contacts[random.Next(account.Contacts.Count)],
            Products = [.. products.Select(p => new ContractProduct { Product = p })],
            CreatedBy = account.Owner?.Email ?? CurrentActor.System,
            CreatedAt = signed,
            UpdatedAt = signed,
            Version = 1,
        };
    }
}
