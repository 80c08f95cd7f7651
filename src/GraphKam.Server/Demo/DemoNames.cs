using GraphKam.Server.Data;
namespace GraphKam.Server.Demo;

/// <summary>Word lists from which the demo accounts are named: provinces, cities, groups and industry patterns.</summary>
internal static class DemoNames
{
    /// <summary>18 regions: (region as stored, province in Chinese, its capital city in Chinese, in English).</summary>
    public static readonly (string Region, string Province, string City, string CityEn)[] Regions =
    [
        ("Beijing", "北京", "北京", "Beijing"), ("Shanghai", "上海", "上海", "Shanghai"),
        ("Guangdong", "广东", "广州", "Guangzhou"), ("Zhejiang", "浙江", "杭州", "Hangzhou"),
        ("Jiangsu", "江苏", "南京", "Nanjing"), ("Shandong", "山东", "济南", "Jinan"),
        ("Sichuan", "四川", "成都", "Chengdu"), ("Hubei", "湖北", "武汉", "Wuhan"),
        ("Henan", "河南", "郑州", "Zhengzhou"), ("Fujian", "福建", "福州", "Fuzhou"),
        ("Hunan", "湖南", "长沙", "Changsha"), ("Shaanxi", "陕西", "西安", "Xi'an"),
        ("Liaoning", "辽宁", "沈阳", "Shenyang"), ("Xinjiang", "新疆", "乌鲁木齐", "Urumqi"),
        ("Yunnan", "云南", "昆明", "Kunming"), ("Chongqing", "重庆", "重庆", "Chongqing"),
        ("Tianjin", "天津", "天津", "Tianjin"), ("Anhui", "安徽", "合肥", "Hefei"),
    ];

    /// <summary>Group headquarters and how their branches are named ({0}: province or city).</summary>
    public static readonly (string Name, string Branch, Industry Industry, AccountScale Scale, bool Strategic, string HomeRegion)[] Groups =
    [
        ("中国石油天然气集团有限公司", "中国石油{0}分公司", Industry.Enterprise, AccountScale.Fortune500, true, "Beijing"),
        ("中国工商银行股份有限公司", "中国工商银行{0}分行", Industry.Finance, AccountScale.Fortune500, false, "Beijing"),
        ("国家电网有限公司", "国网{0}省电力有限公司", Industry.Power, AccountScale.Fortune500, true, "Beijing"),
        ("中国电信集团有限公司", "中国电信{0}分公司", Industry.Telecom, AccountScale.Fortune500, true, "Beijing"),
        ("中国建设银行股份有限公司", "中国建设银行{0}分行", Industry.Finance, AccountScale.Fortune500, false, "Beijing"),
        ("中国航天科工集团有限公司", "航天科工{0}研究院", Industry.Military, AccountScale.Fortune500, true, "Beijing"),
        ("华为技术有限公司", "华为{0}代表处", Industry.Enterprise, AccountScale.Fortune500, false, "Guangdong"),
        ("中国人民保险集团股份有限公司", "中国人保{0}分公司", Industry.Finance, AccountScale.Fortune500, false, "Beijing"),
        ("Siemens Ltd., China", "Siemens Ltd., China – {1} Branch", Industry.Enterprise, AccountScale.Fortune500, false, "Beijing"),
        ("HSBC Bank (China) Company Limited", "HSBC {1} Branch", Industry.Finance, AccountScale.Fortune500, false, "Shanghai"),
        ("Schneider Electric (China) Co., Ltd.", "Schneider Electric {1} Office", Industry.Power, AccountScale.Fortune500, false, "Beijing"),
        ("新疆广汇实业投资（集团）有限责任公司", "广汇{0}能源有限公司", Industry.Enterprise, AccountScale.Large, false, "Xinjiang"),
    ];

    /// <summary>Stand-alone account patterns per industry ({0}: province, {1}: city, {2}: brand word).</summary>
    public static readonly Dictionary<Industry, string[]> Patterns = new()
    {
        [Industry.Government] = ["{1}市财政局", "{1}市公安局", "{0}省发展和改革委员会", "{1}市中级人民法院", "{1}市税务局", "{0}省人民检察院", "{1}市政务服务数据管理局", "{0}省统计局"],
        [Industry.Education] = ["{1}大学", "{0}师范大学", "{1}市教育局", "{1}市第一中学", "{0}理工大学", "{1}职业技术学院", "{0}医科大学"],
        [Industry.Enterprise] = ["{1}{2}科技有限公司", "{1}{2}制造股份有限公司", "{1}{2}物流集团有限公司", "{0}{2}医药有限公司", "{1}{2}汽车零部件有限公司", "{1}{2}食品集团"],
        [Industry.Military] = ["{0}军工装备研究所", "{1}{2}国防科技有限公司", "{0}航空工业配套厂"],
        [Industry.Telecom] = ["{0}广电网络股份有限公司", "{1}{2}通信工程有限公司", "{0}铁塔通信分公司"],
        [Industry.Power] = ["{0}能源投资集团有限公司", "{1}水务集团有限公司", "{1}燃气集团有限公司", "{0}{2}新能源有限公司", "{1}热力有限公司"],
        [Industry.Finance] = ["{1}农村商业银行", "{1}银行股份有限公司", "{0}农村信用社联合社", "{1}{2}证券有限公司", "{0}{2}保险经纪有限公司"],
        [Industry.Other] = ["{0}日报社", "{1}广播电视台", "{1}{2}连锁超市有限公司", "{1}{2}酒店管理有限公司", "{0}人民医院"],
    };

    /// <summary>
    /// How often each industry comes up among the stand-alone accounts: companies most, public bodies and the
    /// military few (they are strategic, and a book of mostly strategic accounts has no pyramid).
    /// </summary>
    private static readonly (Industry Industry, int Weight)[] IndustryWeights =
    [
        (Industry.Enterprise, 33), (Industry.Finance, 13), (Industry.Other, 13), (Industry.Education, 12),
        (Industry.Power, 10), (Industry.Telecom, 8), (Industry.Government, 7), (Industry.Military, 4),
    ];

    public static Industry PickIndustry(Random random)
    {
        var roll = random.Next(IndustryWeights.Sum(w => w.Weight));
        foreach (var (industry, weight) in IndustryWeights)
        {
            if (roll < weight) return industry;
            roll -= weight;
        }
        return Industry.Other;
    }

    /// <summary>News media (daily papers, radio and television, cable networks): strategic customers in the seeds.</summary>
    public static bool IsMedia(string pattern) =>
        pattern.Contains("日报", StringComparison.Ordinal) || pattern.Contains("广播", StringComparison.Ordinal)
        || pattern.Contains("广电", StringComparison.Ordinal);

    public static readonly string[] Brands = ["华信", "联创", "恒通", "天润", "智远", "宏达", "新锐", "鼎盛", "瑞丰", "博远", "嘉和", "中科", "启明", "同方", "银河"];

    /// <summary>International companies with a China entity, served from one region.</summary>
    public static readonly (string Name, Industry Industry, string Region)[] International =
    [
        ("Bosch (China) Investment Ltd.", Industry.Enterprise, "Shanghai"), ("Maersk (China) Shipping Co., Ltd.", Industry.Enterprise, "Shanghai"),
        ("Microsoft (China) Co., Ltd.", Industry.Enterprise, "Beijing"), ("Walmart (China) Investment Co., Ltd.", Industry.Other, "Guangdong"),
        ("Volkswagen Group China", Industry.Enterprise, "Beijing"), ("Nestlé (China) Ltd.", Industry.Enterprise, "Beijing"),
        ("ABB (China) Ltd.", Industry.Power, "Beijing"), ("Standard Chartered Bank (China) Limited", Industry.Finance, "Shanghai"),
        ("AXA Tianping Property & Casualty Insurance", Industry.Finance, "Shanghai"), ("Ericsson (China) Co., Ltd.", Industry.Telecom, "Beijing"),
        ("Nokia Shanghai Bell Co., Ltd.", Industry.Telecom, "Shanghai"), ("Carrefour (China) Management Co., Ltd.", Industry.Other, "Shanghai"),
        ("BASF (China) Co., Ltd.", Industry.Enterprise, "Shanghai"), ("Airbus (Tianjin) Final Assembly Co., Ltd.", Industry.Enterprise, "Tianjin"),
        ("Société Générale (China) Limited", Industry.Finance, "Beijing"), ("Dell (China) Co., Ltd.", Industry.Enterprise, "Fujian"),
    ];

    /// <summary>The demo sales team: (name, email, role). Emails are what sign-in will use.</summary>
    public static readonly (string Name, string Email, UserRole Role)[] Team =
    [
        ("系统管理员 Admin", "admin@demo.graphkam", UserRole.Admin),
        ("王芳 Wang Fang", "director@demo.graphkam", UserRole.Director),
        ("李强 Li Qiang", "am1@demo.graphkam", UserRole.AccountManager),
        ("张伟 Zhang Wei", "am2@demo.graphkam", UserRole.AccountManager),
        ("刘洋 Liu Yang", "am3@demo.graphkam", UserRole.AccountManager),
        ("陈静 Chen Jing", "am4@demo.graphkam", UserRole.AccountManager),
        ("阿依古丽 Ayigul", "am5@demo.graphkam", UserRole.AccountManager),
        ("Michael Chen", "am6@demo.graphkam", UserRole.AccountManager),
        ("赵敏 Zhao Min", "inside1@demo.graphkam", UserRole.InsideSales),
        ("黄涛 Huang Tao", "inside2@demo.graphkam", UserRole.InsideSales),
        ("周婷 Zhou Ting", "inside3@demo.graphkam", UserRole.InsideSales),
    ];
}
