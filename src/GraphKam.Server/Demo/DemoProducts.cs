using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Demo;

/// <summary>
/// The demo catalogue (the plans' white-space families, four products each) and what each demo account uses: one row
/// per product in use, so that every account's <see cref="Account.ProductsInUse"/> is its count of rows in use, and a
/// few ended rows as history. A random sequence of its own keeps the accounts themselves as they were.
/// </summary>
public static class DemoProducts
{
    private static readonly (string Family, (string Code, string Name, decimal Price)[] Products)[] Families =
    [
        ("Mobile cloud (移动云)", [("MC-ECS", "Elastic cloud servers", 3_000m), ("MC-OSS", "Object storage", 800m),
            ("MC-DB", "Managed databases", 2_500m), ("MC-SEC", "Cloud security suite", 1_800m)]),
        ("5G private network (5G专网)", [("5G-LAN", "5G LAN", 12_000m), ("5G-MEC", "Mobile edge computing", 20_000m),
            ("5G-SLICE", "Network slicing", 15_000m), ("5G-PARK", "Smart campus network", 9_000m)]),
        ("IDC hosting", [("IDC-RACK", "Rack hosting", 6_000m), ("IDC-BW", "Dedicated bandwidth", 4_000m),
            ("IDC-DR", "Disaster recovery site", 10_000m), ("IDC-CDN", "Content delivery", 2_000m)]),
        ("SD-WAN", [("SDWAN-BR", "Branch interconnect", 1_500m), ("SDWAN-CLD", "Cloud on-ramp", 1_200m),
            ("SDWAN-SEC", "Secure access edge", 2_200m), ("MPLS-VPN", "MPLS VPN", 3_500m)]),
        ("Cloud video (云视讯)", [("CV-MEET", "Video conferencing", 600m), ("CV-LIVE", "Live streaming", 1_000m),
            ("CV-SURV", "Video surveillance cloud", 2_800m), ("CV-CC", "Cloud contact centre", 3_200m)]),
        ("IoT platform", [("IOT-CONN", "IoT connectivity", 500m), ("IOT-PLAT", "OneNET IoT platform", 2_000m),
            ("IOT-FLEET", "Fleet tracking", 1_400m), ("IOT-METER", "Smart metering", 1_100m)]),
    ];

    public static List<Product> Catalogue(DateTime now) =>
        [.. Families.SelectMany(f => f.Products.Select(p => new Product
        {
            Code = p.Code,
            Name = p.Name,
            Family = f.Family,
            ListPrice = p.Price,
            Active = true,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        }))];

    /// <summary>
    /// Rows for every account: as many products in use as its figure says (capped at the catalogue's size), started
    /// between its creation and now, at about the list price; one account in five also used another product once.
    /// </summary>
    public static List<AccountProduct> Uses(IReadOnlyList<Account> accounts, IReadOnlyList<Product> catalogue, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 20);
        var rows = new List<AccountProduct>();
        foreach (var account in accounts)
        {
            account.ProductsInUse = Math.Min(account.ProductsInUse, catalogue.Count);
            var picked = catalogue.OrderBy(_ => random.Next()).ToList();
            var start = account.CreatedAt < now ? account.CreatedAt : now.AddDays(-1);
            var span = Math.Max(1, (int)(now - start).TotalDays);
            foreach (var product in picked.Take(account.ProductsInUse))
                rows.Add(Row(account, product, start.AddDays(random.Next(0, span)), null, random));
            if (account.ProductsInUse < catalogue.Count && random.NextDouble() < 0.2)
            {
                var since = start.AddDays(random.Next(0, span / 2 + 1));
                var until = since.AddDays(1 + random.Next(0, Math.Max(1, (int)(now - since).TotalDays - 1)));
                if (until < now) rows.Add(Row(account, picked[account.ProductsInUse], since, until, random));
            }
        }
        return rows;
    }

    private static AccountProduct Row(Account account, Product product, DateTime since, DateTime? until, Random random) => new()
    {
        Account = account,
        Product = product,
        Since = since,
        Until = until,
        MonthlyValue = Math.Round(product.ListPrice * (decimal)(0.7 + random.NextDouble() * 0.6), 2),
        AddedBy = CurrentActor.System,
        EndedBy = until == null ? null : CurrentActor.System,
        Version = 1,
    };
}
