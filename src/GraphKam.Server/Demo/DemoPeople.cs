using GraphKam.Server.Data;
namespace GraphKam.Server.Demo;

/// <summary>Word lists for the demo organisation charts: names, and titles by level and industry.</summary>
internal static class DemoPeople
{
    public static readonly (string Hanzi, string Pinyin)[] Surnames =
    [
        ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"),
        ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
        ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("唐", "tang"),
    ];

    public static readonly (string Hanzi, string Pinyin)[] GivenNames =
    [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"),
        ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀英", "xiuying"),
        ("建国", "jianguo"), ("志强", "zhiqiang"), ("海燕", "haiyan"), ("晓东", "xiaodong"), ("丽华", "lihua"), ("文斌", "wenbin"),
    ];

    public static readonly string[] WesternNames =
    [
        "Anna Müller", "James Wong", "Sophie Laurent", "Daniel Schmidt", "Emily Chen", "Lars Nielsen", "Maria Rossi", "David Tan",
        "Olivia Brown", "Kenji Sato", "Claire Dubois", "Thomas Becker", "Grace Lim", "Peter Hansen", "Isabel García", "Michael Lee",
    ];

    /// <summary>The head of the organisation, by industry: the decision maker.</summary>
    public static string HeadTitle(Industry industry) => industry switch
    {
        Industry.Government => "局长 Director-General",
        Industry.Education => "校长 President",
        Industry.Finance => "行长 President",
        Industry.Military => "院长 Director",
        _ => "总经理 General Manager",
    };

    /// <summary>The second level: (title, department, role).</summary>
    public static readonly (string Title, string Department, BuyingRole Role)[] Executives =
    [
        ("信息中心主任 Head of IT", "信息中心 IT Centre", BuyingRole.TechnicalGatekeeper),
        ("财务总监 CFO", "财务部 Finance", BuyingRole.FinancialGatekeeper),
        ("业务部总经理 Head of Operations", "业务部 Operations", BuyingRole.User),
        ("副总经理 Deputy General Manager", "总经办 Executive Office", BuyingRole.Influencer),
        ("采购部经理 Procurement Manager", "采购部 Procurement", BuyingRole.FinancialGatekeeper),
    ];

    /// <summary>Lower levels: (title, role).</summary>
    public static readonly (string Title, BuyingRole Role)[] Staff =
    [
        ("网络部经理 Network Manager", BuyingRole.TechnicalGatekeeper), ("系统工程师 Systems Engineer", BuyingRole.Influencer),
        ("客服中心主管 Service Centre Lead", BuyingRole.User), ("项目经理 Project Manager", BuyingRole.Influencer),
        ("市场部经理 Marketing Manager", BuyingRole.User), ("行政主管 Administration Lead", BuyingRole.Other),
        ("安全工程师 Security Engineer", BuyingRole.Influencer), ("专员 Officer", BuyingRole.Other), ("会计 Accountant", BuyingRole.Other),
    ];

    public static readonly (ActivityKind Kind, string Summary, string Outcome)[] Activities =
    [
        (ActivityKind.Visit, "现场拜访，了解年度信息化规划 On-site visit: annual IT plans", "约定下月技术交流 Technical session next month"),
        (ActivityKind.Visit, "拜访决策人，汇报服务情况 Visit to the decision maker: service report", "满意度良好 Satisfied"),
        (ActivityKind.Call, "电话回访网络故障处理 Follow-up call on a network fault", "故障已解决 Resolved"),
        (ActivityKind.Call, "确认专线扩容需求 Call to confirm line upgrade needs", "需提交方案 Proposal requested"),
        (ActivityKind.Meeting, "技术交流会：云专线方案 Technical meeting: cloud private line", "技术认可，进入评估 Technically accepted"),
        (ActivityKind.Email, "发送产品资料与报价 Sent product material and prices", "等待反馈 Awaiting feedback"),
        (ActivityKind.Demo, "视频会议系统演示 Video-conferencing demo", "用户部门反馈积极 Positive from users"),
        (ActivityKind.Proposal, "提交综合信息化解决方案 Submitted integrated IT proposal", "进入商务谈判 Moving to negotiation"),
        (ActivityKind.Review, "季度业务回顾 Quarterly business review", "确定下季度重点 Priorities agreed"),
    ];
}
