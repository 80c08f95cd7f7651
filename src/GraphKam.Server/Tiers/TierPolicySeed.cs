using GraphKam.Server.Data;
namespace GraphKam.Server.Tiers;

/// <summary>
/// The two tier policies of the seeds, loaded into any database that has none (they are reference data, not demo
/// data): China Mobile Xinjiang's group-customer grades (the default) and ICBC's star points.
/// The seeds name the metrics and the points; the weights and thresholds here are our calibration of them, as are the
/// credit limits and fee discounts (the seeds say each star has a base credit line and fee discounts, not how much).
/// </summary>
public static class TierPolicySeed
{
    public static TierPolicy ChinaMobile(DateTime now) => new()
    {
        Key = "china-mobile",
        Name = "中国移动集团客户分层分级 China Mobile group-customer grading",
        Description = "Value score from 0 to 100 over revenue, IT revenue, employees and products in use; five grades A1, A2, B1, B2, C. Strategic customers (party, government, military, courts and police, media, key industries) are at least A2.",
        IsDefault = true,
        Metrics =
        [
            new("monthlyRevenue", "Average monthly revenue (yuan)", Weight: 35, NormaliseAt: 1_000_000),
            new("monthlyItRevenue", "Average monthly IT-services revenue (yuan)", Weight: 30, NormaliseAt: 300_000),
            new("employees", "Employees", Weight: 20, NormaliseAt: 10_000),
            new("productsInUse", "Products in use", Weight: 15, NormaliseAt: 20),
        ],
        Tiers =
        [
            new("A1", "A1 高值客户 High value", 1, 70, VisitIntervalDays: 30, ResponseHours: 2, DedicatedManager: true, ReviewIntervalDays: 90,
                ["Dedicated account team", "2-hour fault response", "Quarterly business review", "Executive visits twice a year"],
                Resolution: new(Critical: 4, High: 8, Medium: 24, Low: 72), CreditLimit: 5_000_000m, FeeDiscountPercent: 15),
            new("A2", "A2 战略客户 Strategic", 2, 50, 45, 4, true, 90,
                ["Dedicated account manager", "4-hour fault response", "Quarterly business review"], new(8, 16, 48, 120), 2_000_000m, 10),
            new("B1", "B1", 3, 30, 60, 8, true, 180, ["Named account manager", "Next-day on-site support"], new(12, 24, 72, 168), 800_000m, 5),
            new("B2", "B2", 4, 15, 90, 24, false, 180, ["Inside-sales team coverage", "Priority hotline"], new(24, 48, 120, 240), 200_000m, 2),
            new("C", "C", 5, 0, 180, 48, false, 365, ["Hotline and online service"], new(48, 96, 240, 480)),
        ],
        Overrides = [new("A2", Strategic: true, Description: "Strategic customers are at least A2 (战略客户)")],
        CreatedAt = now,
        UpdatedAt = now,
        Version = 1,
    };

    public static TierPolicy IcbcStars(DateTime now) => new()
    {
        Key = "icbc-stars",
        Name = "工商银行星级 ICBC star grading",
        Description = "Star points from transactions: 200 per full 10,000 yuan of investment and wealth products, 400 per 10,000 of card spending, 200 per 10,000 of settlement; graded from 3 to 7 stars.",
        Metrics =
        [
            new("investmentVolume", "Investment and wealth-product transactions (yuan)", Weight: 200, UnitSize: 10_000),
            new("cardSpend", "Card spending (yuan)", Weight: 400, UnitSize: 10_000),
            new("settlementVolume", "Settlement: remittances and cross-bank transfers (yuan)", Weight: 200, UnitSize: 10_000),
        ],
        Tiers =
        [
            new("7", "七星级 7 stars", 1, 1_000_000, 30, 2, true, 90, Stars.Six.Append("Pre-approved credit line at the highest level").ToList(),
                CreditLimit: 1_000_000m, FeeDiscountPercent: 50),
            new("6", "六星级 6 stars", 2, 300_000, 45, 4, true, 90, Stars.Six.Append("Pre-approved credit line").ToList(),
                CreditLimit: 500_000m, FeeDiscountPercent: 30),
            // 个人消费信用贷款额度自动授信: five stars and up get a base credit line set per star.
            new("5", "五星级 5 stars", 3, 80_000, 90, 8, false, 180, Stars.Six, CreditLimit: 200_000m, FeeDiscountPercent: 20),
            new("4", "四星级 4 stars", 4, 15_000, 180, 24, false, 365, ["Fee discounts"], FeeDiscountPercent: 10),
            new("3", "三星级 3 stars", 5, 0, 365, 48, false, 365, ["Standard service"]),
        ],
        CreatedAt = now,
        UpdatedAt = now,
        Version = 1,
    };

    private static class Stars
    {
        /// <summary>The "six exclusives" (六专) of the ICBC case.</summary>
        public static readonly List<string> Six =
        [
            "专属贵宾通道 Dedicated VIP channel", "专享费用优惠 Fee discounts", "专家理财服务 Expert wealth advice",
            "专供理财产品 Exclusive products", "专业账户管理 Account management", "专有精彩活动 Exclusive events",
        ];
    }
}
