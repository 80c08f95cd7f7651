using GraphKam.Server.Data;

namespace GraphKam.Server.OrgCharts;

[System.ComponentModel.Description("How exposed a deal with the account is, given whom we know there and where they stand.")]
public enum CoverageRisk
{
    [System.ComponentModel.Description("The decision maker and gatekeepers are known and none opposes us.")] None = 1,
    [System.ComponentModel.Description("Minor gaps: no user mapped, or more opponents than supporters.")] Low = 2,
    [System.ComponentModel.Description("A gatekeeper (technical or financial) is missing or opposes us.")] Medium = 3,
    [System.ComponentModel.Description("The decision maker is missing or opposes us.")] High = 4,
}

/// <summary>Which buying roles we have mapped at an account, who is for and against us, and what that risks.</summary>
public sealed record RoleCoverage(
    IReadOnlyList<Contact> DecisionMakers, IReadOnlyList<Contact> TechnicalGatekeepers, IReadOnlyList<Contact> FinancialGatekeepers,
    IReadOnlyList<Contact> Users, IReadOnlyList<BuyingRole> MissingRoles, int Supporters, int Opponents, CoverageRisk Risk,
    IReadOnlyList<string> Risks)
{
    private static readonly BuyingRole[] KeyRoles = [BuyingRole.DecisionMaker, BuyingRole.TechnicalGatekeeper, BuyingRole.FinancialGatekeeper, BuyingRole.User];

    /// <summary>"A deal whose decision maker or gatekeeper is not engaged is a risk the team must see."</summary>
    public static RoleCoverage Assess(IReadOnlyList<Contact> contacts)
    {
        List<Contact> Having(BuyingRole role) => contacts.Where(c => c.BuyingRole == role).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var (deciders, technical, financial, users) =
            (Having(BuyingRole.DecisionMaker), Having(BuyingRole.TechnicalGatekeeper), Having(BuyingRole.FinancialGatekeeper), Having(BuyingRole.User));
        var missing = KeyRoles.Where(role => contacts.All(c => c.BuyingRole != role)).ToList();
        var (supporters, opponents) = (contacts.Count(c => c.Attitude == Attitude.Supporter), contacts.Count(c => c.Attitude == Attitude.Opponent));

        var risks = new List<(CoverageRisk Level, string Why)>();
        void Check(List<Contact> holders, string role, CoverageRisk level)
        {
            if (holders.Count == 0) risks.Add((level, $"No {role} is mapped."));
            risks.AddRange(holders.Where(c => c.Attitude == Attitude.Opponent).Select(c => (level, $"{role} {c.Name} opposes us.")));
        }
        Check(deciders, "decision maker", CoverageRisk.High);
        Check(technical, "technical gatekeeper", CoverageRisk.Medium);
        Check(financial, "financial gatekeeper", CoverageRisk.Medium);
        if (users.Count == 0) risks.Add((CoverageRisk.Low, "No user (head of the using department) is mapped."));
        if (opponents > supporters) risks.Add((CoverageRisk.Low, $"More opponents ({opponents}) than supporters ({supporters})."));

        var level = risks.Count == 0 ? CoverageRisk.None : risks.Max(r => r.Level);
        return new RoleCoverage(deciders, technical, financial, users, missing, supporters, opponents, level, risks.Select(r => r.Why).ToList());
    }
}
