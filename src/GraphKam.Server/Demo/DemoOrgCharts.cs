using GraphKam.Server.Data;
namespace GraphKam.Server.Demo;

/// <summary>
/// Organisation charts for the demo accounts: 3 to 40 people each in 2 to 5 levels (by size), every buying role and
/// style present, role plans for the key people, and a year of activities up to <c>now</c>.
/// A random sequence of its own keeps the accounts themselves unchanged.
/// </summary>
internal static class DemoOrgCharts
{
    public static void AddTo(IReadOnlyList<Account> accounts, IReadOnlyList<User> users, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 2);
        var managers = users.Where(u => u.Role is UserRole.AccountManager or UserRole.InsideSales).ToArray();
        foreach (var (account, index) in accounts.Select((a, i) => (a, i)))
        {
            var people = Chart(account, $"client{index + 1:000}.example.cn", random, now);
            account.Contacts.AddRange(people);
            AddPlans(people, random, now);
            AddActivities(account, people, random, now, account.Owner ?? managers[random.Next(managers.Length)]);
        }
    }

    private static List<Contact> Chart(Account account, string mailDomain, Random random, DateTime now)
    {
        var (size, levels) = account.Scale switch
        {
            AccountScale.Fortune500 => (random.Next(15, 41), random.Next(4, 6)),
            AccountScale.Large => (random.Next(6, 21), random.Next(3, 5)),
            _ => (random.Next(3, 9), random.Next(2, 4)),
        };
        var western = account.Name.All(c => c < 0x2E80);
        var used = new HashSet<string>();
        Contact Person(string title, string? department, BuyingRole role, int influence, Contact? manager) => new()
        {
            Name = UniqueName(random, western, used, out var email),
            Email = $"{email}@{mailDomain}",
            Title = title,
            Department = department ?? manager?.Department,
            BuyingRole = role,
            Style = (PersonalityStyle)random.Next(1, 5),
            Attitude = random.NextDouble() switch { < 0.35 => Attitude.Supporter, < 0.8 => Attitude.Neutral, _ => Attitude.Opponent },
            Influence = influence,
            RelationshipStrength = random.Next(1, 6),
            ReportsTo = manager,
            CreatedAt = account.CreatedAt.AddDays(random.Next(0, 30)),
            UpdatedAt = now.AddDays(-random.Next(0, 200)),
            Version = 1,
        };

        var head = Person(DemoPeople.HeadTitle(account.Industry), "总经办 Executive Office", BuyingRole.DecisionMaker, 5, null);
        var people = new List<Contact> { head };
        var level = DemoPeople.Executives.Take(Math.Min(size - 1, random.Next(2, 6)))
            .Select(e => Person(e.Title, e.Department, e.Role, 4, head)).ToList();
        people.AddRange(level);
        for (var depth = 2; depth < levels && people.Count < size && level.Count > 0; depth++)
        {
            var next = new List<Contact>();
            while (people.Count + next.Count < size && next.Count < level.Count * 3)
            {
                var (title, role) = DemoPeople.Staff[random.Next(DemoPeople.Staff.Length)];
                next.Add(Person(title, null, role, Math.Max(1, 4 - depth + random.Next(0, 2)), level[random.Next(level.Count)]));
            }
            people.AddRange(next);
            level = next;
        }
        (people.FirstOrDefault(p => p.BuyingRole == BuyingRole.TechnicalGatekeeper) ?? head).IsPrimary = true;
        if (people.Count > 6) people[^1].DottedLines.Add(new ContactLink { RelatedContact = people[1] });
        return people;
    }

    /// <summary>A name not yet used in this chart; when the lists run out, a number tells namesakes apart.</summary>
    private static string UniqueName(Random random, bool western, HashSet<string> used, out string email)
    {
        for (var attempt = 0; ; attempt++)
        {
            string name;
            if (western)
            {
                name = DemoPeople.WesternNames[random.Next(DemoPeople.WesternNames.Length)];
                email = name.ToLowerInvariant().Replace(' ', '.').Replace("ü", "ue").Replace("í", "i");
            }
            else
            {
                var (surname, given) = (DemoPeople.Surnames[random.Next(DemoPeople.Surnames.Length)], DemoPeople.GivenNames[random.Next(DemoPeople.GivenNames.Length)]);
                name = surname.Hanzi + given.Hanzi;
                email = $"{given.Pinyin}.{surname.Pinyin}";
            }
            if (attempt >= 20)
            {
                name += $" {used.Count + 1}";
                email += used.Count + 1;
            }
            if (used.Add(name)) return name;
        }
    }

    private static void AddPlans(List<Contact> people, Random random, DateTime now)
    {
        foreach (var person in people.Where(p => p.BuyingRole is not (BuyingRole.Other or BuyingRole.Influencer)))
            person.RolePlan = new RolePlan
            {
                Goal = person.BuyingRole switch
                {
                    BuyingRole.DecisionMaker => "建立高层互信，争取战略合作 Win executive trust for a strategic partnership",
                    BuyingRole.TechnicalGatekeeper => "获得技术认可，成为方案支持者 Win technical approval",
                    BuyingRole.FinancialGatekeeper => "明确预算与付款节奏 Agree budget and payment terms",
                    _ => "提升使用体验与满意度 Improve the users' experience",
                },
                Method = person.Style switch
                {
                    PersonalityStyle.Owl => "数据与案例 Data and references",
                    PersonalityStyle.Tiger => "简明汇报成果 Brief, results first",
                    PersonalityStyle.Peacock => "交流活动与认可 Events and recognition",
                    _ => "稳定陪伴，逐步建立信任 Steady contact, build trust",
                },
                Action = "安排下一次拜访 Schedule the next visit",
                FrequencyDays = person.BuyingRole == BuyingRole.DecisionMaker ? 30 : random.Next(2, 7) * 7,
                NextActionAt = now.AddDays(random.Next(-20, 60)),
                Status = random.NextDouble() < 0.85 ? PlanStatus.Active : PlanStatus.Paused,
                CreatedAt = person.CreatedAt,
                UpdatedAt = now.AddDays(-random.Next(0, 90)),
            };
    }

    private static void AddActivities(Account account, List<Contact> people, Random random, DateTime now, User owner)
    {
        var count = account.Scale switch { AccountScale.Fortune500 => random.Next(20, 51), AccountScale.Large => random.Next(8, 26), _ => random.Next(1, 9) };
        for (var i = 0; i < count; i++)
        {
            var (kind, summary, outcome) = DemoPeople.Activities[random.Next(DemoPeople.Activities.Length)];
            var occurredAt = DemoTimes.InLife(now.AddDays(-random.Next(0, 365)).AddMinutes(-random.Next(0, 600)),
                account.CreatedAt, now);
            account.Activities.Add(new Activity
            {
                Type = kind,
                OccurredAt = occurredAt,
                Summary = summary,
                Outcome = outcome,
                Owner = owner,
                CreatedAt = occurredAt,
                Contacts = people.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(4, people.Count + 1)))
                    .Select(p => new ActivityContact { Contact = p }).ToList(),
            });
        }
    }
}
