using GraphKam.Server.Data;
namespace GraphKam.Server.Funnel;

/// <summary>
/// The funnel stages of the key-account work plan (大客户工作计划), loaded into any database that has none: identify the
/// account and deal → map the organisation → role plans and visits → needs and proposal → win-win negotiation → sign.
/// </summary>
public static class FunnelStageSeed
{
    public static List<FunnelStage> Stages() =>
    [
        Stage("IDENTIFY", "明确大客户与商机 Identify", 1, 0.10, ForecastCategory.Pipeline,
            "The account is on the key-account list", "The deal and its likely size are known"),
        Stage("MAP_ORGANISATION", "组织架构与决策流程 Map the organisation", 2, 0.20, ForecastCategory.Pipeline,
            "The org chart and decision process are drawn", "Decision maker, gatekeepers and users are identified"),
        Stage("ENGAGE_ROLES", "角色服务计划与拜访 Engage the roles", 3, 0.30, ForecastCategory.Pipeline,
            "Each key role has a service plan", "Decision maker and gatekeepers have been visited"),
        Stage("PROPOSE", "挖掘需求，提交方案 Propose", 4, 0.50, ForecastCategory.BestCase,
            "Needs are confirmed with the user and the gatekeepers", "A proposal is submitted"),
        Stage("NEGOTIATE", "共赢谈判 Negotiate", 5, 0.70, ForecastCategory.BestCase,
            "Price and terms are under discussion with the financial gatekeeper"),
        Stage("COMMIT", "口头承诺，合同审批 Commit", 6, 0.90, ForecastCategory.Commit,
            "The decision maker has committed", "The contract is in approval"),
        Stage("WON", "签单 Won", 7, 1.00, ForecastCategory.Closed, "The contract is signed"),
        Stage("LOST", "丢单 Lost", 8, 0.00, ForecastCategory.Omitted, "The loss reason is recorded"),
    ];

    private static FunnelStage Stage(string key, string name, int order, double probability, ForecastCategory category, params string[] exitCriteria) => new()
    {
        Key = key,
        Name = name,
        Order = order,
        DefaultProbability = probability,
        ForecastCategory = category,
        IsClosed = key is "WON" or "LOST",
        IsWon = key == "WON",
        ExitCriteria = [.. exitCriteria],
    };
}
