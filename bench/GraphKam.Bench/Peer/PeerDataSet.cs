namespace GraphKam.Bench.Peer;

public sealed record PeerUser(int Id, string Name, string Email);

public sealed record PeerAccount(int Id, string Name, string Industry, string Region, int Employees,
    decimal MonthlyRevenue, decimal MonthlyItRevenue, int ProductsInUse, bool Strategic, int? ParentId, int OwnerId,
    DateTime CreatedAt);

public sealed record PeerOpportunity(int Id, int AccountId, string Name, decimal Amount, string Stage,
    double Probability, string Status, int OwnerId, DateTime ExpectedCloseDate, DateTime CreatedAt);

/// <summary>
/// The performance peer's data set (200 users, 10,000 accounts of which every tenth is a branch, 100,000
/// opportunities skewed toward low account ids), drawn with the same formulas and salts as the peer's generator so
/// that both servers answer over the same rows. Industries, stages and statuses keep the peer's names.
/// </summary>
public static class PeerDataSet
{
    public const int Users = 200, Accounts = 10_000, Opportunities = 100_000;

    private static readonly string[] FirstNames = ["Alice", "Bo", "Chen", "Dana", "Elif", "Farid", "Grace", "Hiro",
        "Ines", "Jun", "Kai", "Lena", "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rui", "Sara", "Tao"];
    private static readonly string[] LastNames = ["Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
        "Zhou", "Smith", "Garcia", "Muller", "Rossi", "Tanaka", "Kim", "Novak", "Silva", "Khan", "Berg"];
    private static readonly string[] Cities = ["Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chengdu", "Wuhan",
        "Xian", "Nanjing", "Hangzhou", "Tianjin", "Chongqing", "Suzhou", "Qingdao", "Dalian", "Xiamen", "Kunming",
        "Harbin", "Jinan", "Changsha", "Fuzhou", "Hefei", "Nanning", "Lanzhou", "Urumqi"];
    private static readonly string[] Nouns = ["Harbor", "Summit", "Unity", "Pioneer", "Golden", "Bright", "Eastern",
        "Western", "Northern", "Southern", "Central", "Great Wall", "Silk Road", "Jade", "Red Star", "Blue Sky",
        "Evergreen", "Rising Sun", "Pearl", "Dragon"];
    private static readonly string[] Industries = ["GOVERNMENT", "EDUCATION", "ENTERPRISE", "MILITARY", "TELECOM",
        "POWER", "FINANCE", "OTHER"];
    private static readonly string[] Suffixes = ["Municipal Bureau", "University", "Group Co.", "Logistics Depot",
        "Telecom", "Power Grid", "Bank", "Holdings"];
    private static readonly string[] Regions = ["North", "Northeast", "East", "South", "Central", "Southwest",
        "Northwest"];
    private static readonly string[] Products = ["Dedicated Line", "Cloud Hosting", "SD-WAN", "5G Private Network",
        "IoT Platform", "Data Center", "Security Suite", "Unified Communications", "Video Surveillance",
        "Smart Campus"];
    private static readonly string[] Stages = ["LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "COMMIT"];
    private static readonly double[] StageProbabilities = [0.10, 0.25, 0.50, 0.75, 0.90];

    public static IEnumerable<PeerUser> GenerateUsers() => Enumerable.Range(1, Users).Select(i => new PeerUser(i,
        PeerHash.Pick(FirstNames, "ufirst", i) + " " + PeerHash.Pick(LastNames, "ulast", i),
        $"user{i:000}@graphkam.test"));

    public static IReadOnlyList<PeerAccount> GenerateAccounts()
    {
        var accounts = Enumerable.Range(1, Accounts).Select(Account).ToList();
        // Branches take their headquarters' industry and a name made from it.
        return accounts.Select(a => a.ParentId is { } parent
            ? a with
            {
                Industry = accounts[parent - 1].Industry,
                Name = $"{accounts[parent - 1].Name} ({a.Region} branch)",
            }
            : a).ToList();
    }

    private static PeerAccount Account(int i)
    {
        var industry = Array.IndexOf(Industries, PeerHash.Pick(Industries, "aind", i));
        var revenue = PeerHash.Round2(1000 * Math.Pow(5000, PeerHash.Uniform("arev", i)));
        int? parent = null;
        if (i % 10 == 0)
        {
            var p = 1 + (int)Math.Floor(PeerHash.Uniform("aparent", i) * 10000);
            parent = p % 10 == 0 ? p - 1 : p;
        }
        return new PeerAccount(i,
            $"{PeerHash.Pick(Cities, "acity", i)} {PeerHash.Pick(Nouns, "anoun", i)} {Suffixes[industry]}",
            Industries[industry], PeerHash.Pick(Regions, "aregion", i),
            (int)Math.Floor(10 * Math.Pow(20000, PeerHash.Uniform("aemp", i))),
            revenue,
            Math.Round(revenue * (decimal)(0.05 + 0.55 * PeerHash.Uniform("ait", i)), 2,
                MidpointRounding.AwayFromZero),
            (int)Math.Floor(PeerHash.Uniform("aprod", i) * 41),
            PeerHash.Uniform("astrat", i) < 0.05 || revenue > 2_000_000m,
            parent,
            1 + (int)Math.Floor(PeerHash.Uniform("aowner", i) * 200),
            new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(PeerHash.Uniform("acreated", i) * 5 * 365));
    }

    public static IEnumerable<PeerOpportunity> GenerateOpportunities() =>
        Enumerable.Range(1, Opportunities).Select(i =>
        {
            var stage = Array.IndexOf(Stages, PeerHash.Pick(Stages, "ostage", i));
            var status = PeerHash.Uniform("ostatus", i);
            return new PeerOpportunity(i,
                1 + (int)Math.Floor(10000 * Math.Pow(PeerHash.Uniform("oacct", i), 2)),
                $"{PeerHash.Pick(Products, "oname", i)} #{i}",
                PeerHash.Round2(5000 * Math.Pow(400, PeerHash.Uniform("oamount", i))),
                Stages[stage], StageProbabilities[stage],
                status < 0.60 ? "OPEN" : status < 0.85 ? "WON" : "LOST",
                1 + (int)Math.Floor(PeerHash.Uniform("oowner", i) * 200),
                new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)
                    .AddDays(Math.Floor(PeerHash.Uniform("oclose", i) * 730)),
                new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(PeerHash.Uniform("ocreated", i) * 730));
        });
}
