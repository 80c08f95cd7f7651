using GraphKam.Server.Data;
using GraphKam.Server.Tiers;

namespace GraphKam.Server.Demo;

/// <summary>
/// Puts the demo book's coverage in line with the seeds: class A accounts (A1 and A2 on the default policy) are
/// covered by outside sales, with their owner and a second field rep on the team (A1 also an executive sponsor);
/// class B accounts by a named rep, inside or outside. A few are left out of line on purpose (every tenth class A
/// account lacks its second field rep, every fifteenth stays with the desk that had it, every tenth channel-covered B
/// account stays with the channel), so that the coverage exceptions have something to show.
/// </summary>
public static class DemoCoverage
{
    public sealed record Result(List<AccountTeamMember> Members, List<(Account Account, int Rank)> ClassA);

    public static Result Apply(List<Account> accounts, List<User> users, DateTime now)
    {
        // A sequence of its own, so the accounts themselves stay what the main sequence made them.
        var random = new Random(DemoData.RandomSeed + 19);
        var policy = TierPolicySeed.ChinaMobile(now);
        var managers = users.Where(u => u.Role == UserRole.AccountManager).ToArray();
        var inside = users.Where(u => u.Role == UserRole.InsideSales).ToArray();
        var director = users.First(u => u.Role == UserRole.Director);
        var result = new Result([], []);
        var unownedB = 0;
        foreach (var account in accounts)
        {
            var rank = TierScoring.Score(policy, AccountFacts.Of(account, account.Measures)).Tier.Rank;
            if (rank <= 2)
            {
                result.ClassA.Add((account, rank));
                var (keepsCoverage, lacksRep) = (result.ClassA.Count % 15 == 0, result.ClassA.Count % 10 == 0);
                CoverClassA(account, rank, keepsCoverage, lacksRep, random, managers, inside, director, now, result.Members);
            }
            else if (rank <= 4 && (account.Coverage == Coverage.Channel || account.Owner == null) && ++unownedB % 10 != 0)
            {
                // A B account is worked by a named rep: the inside-sales desk takes the channel's unowned ones.
                account.Coverage = Coverage.Inside;
                account.Owner = inside[random.Next(inside.Length)];
            }
        }
        return result;
    }

    private static void CoverClassA(Account account, int rank, bool keepsCoverage, bool lacksRep, Random random,
        User[] managers, User[] inside, User director, DateTime now, List<AccountTeamMember> members)
    {
        if (!keepsCoverage)
        {
            account.Coverage = Coverage.Outside;
            if (account.Owner?.Role != UserRole.AccountManager) account.Owner = managers[random.Next(managers.Length)];
        }
        var owner = account.Owner;
        if (!lacksRep)
        {
            var second = managers.Where(m => m != owner).ElementAt(random.Next(managers.Length - (owner == null ? 0 : 1)));
            members.Add(Member(account, second, TeamRole.OutsideSales, random, now));
        }
        members.Add(Member(account, inside[random.Next(inside.Length)], TeamRole.ServiceManager, random, now));
        if (rank == 1) members.Add(Member(account, director, TeamRole.ExecutiveSponsor, random, now));
    }

    private static AccountTeamMember Member(Account account, User user, TeamRole role, Random random, DateTime now)
    {
        // Joined within the account's first months, never after the seeding time.
        var since = account.CreatedAt.AddDays(random.Next(0, 90));
        return new AccountTeamMember
        {
            Account = account,
            User = user,
            Role = role,
            Since = since < now ? since : account.CreatedAt,
            AddedBy = "system",
            Version = 1,
        };
    }
}
