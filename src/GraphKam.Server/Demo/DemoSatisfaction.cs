using GraphKam.Server.Data;

namespace GraphKam.Server.Demo;

/// <summary>
/// A year of satisfaction surveys for every measured account, most of them between 80 and 95, a few falling through
/// the year; each account's <see cref="Account.Satisfaction"/> becomes the mean of its answers (the rolling figure),
/// and the organisation's targets are 90 this year and 95 the next. A random sequence of its own keeps everything
/// else unchanged.
/// </summary>
internal static class DemoSatisfaction
{
    private static readonly string[] Praise = ["响应很及时 Quick answers", "客户经理很专业 Our manager knows our business", "服务稳定 Service is steady"];
    private static readonly string[] Complaints = ["故障处理太慢 Faults take too long to fix", "账单有误 The bill was wrong again", "没人回电话 Nobody called back"];

    public static List<SatisfactionSurvey> AddTo(IReadOnlyList<Account> accounts, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 6);
        var surveys = new List<SatisfactionSurvey>();
        foreach (var account in accounts)
        {
            var people = account.Contacts.Where(c => c.RemovedAt == null).ToList();
            if (account.Satisfaction == null || people.Count == 0) continue;
            // Most accounts hold steady; one in twelve slides by 15 to 30 points over the year.
            var level = 80 + random.NextDouble() * 15;
            var slide = random.NextDouble() < 1.0 / 12 ? 15 + random.NextDouble() * 15 : 0;
            var answers = new List<SatisfactionSurvey>();
            for (var count = random.Next(6, 15); answers.Count < count;)
            {
                var daysAgo = random.Next(1, 360);
                var progress = 1 - daysAgo / 360.0;
                var score = Math.Clamp(Math.Round(level - slide * progress + (random.NextDouble() - 0.5) * 10), 0, 100);
                answers.Add(new SatisfactionSurvey
                {
                    Account = account,
                    Contact = people[random.Next(people.Count)],
                    Score = score,
                    Channel = (ServiceChannel)random.Next(1, 7),
                    Comment = random.NextDouble() < 0.3 ? Comment(score, random) : null,
                    RecordedAt = DemoTimes.InLife(now.AddDays(-daysAgo).AddMinutes(-random.Next(0, 600)), account.CreatedAt, now),
                    RecordedBy = account.Owner?.Email ?? "system",
                });
            }
            account.Satisfaction = Math.Round(answers.Average(s => s.Score), 1, MidpointRounding.AwayFromZero);
            surveys.AddRange(answers.OrderBy(s => s.RecordedAt));
        }
        return surveys;
    }

    public static List<SatisfactionTarget> Targets(DateTime now) =>
    [
        new() { Year = now.Year, Target = 90, SetAt = new DateTime(now.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc), SetBy = "system" },
        new() { Year = now.Year + 1, Target = 95, SetAt = new DateTime(now.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc), SetBy = "system" },
    ];

    private static string Comment(double score, Random random) =>
        score >= 85 ? Praise[random.Next(Praise.Length)] : Complaints[random.Next(Complaints.Length)];
}
