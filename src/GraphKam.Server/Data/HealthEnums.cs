using System.ComponentModel;

namespace GraphKam.Server.Data;

// Stored as their numbers; the numbers are explicit because rows on disk depend on them.
[Description("How healthy a relationship is, from its health score and the configured thresholds.")]
public enum HealthBand
{
    [Description("Nothing serious: the score is at or above the healthy threshold.")] Healthy = 1,
    [Description("Worth watching: the score is between the two thresholds.")] Watch = 2,
    [Description("At risk of being lost: the score is below the at-risk threshold.")] AtRisk = 3,
}

[Description("A signal that lowers an account's health score, each with its weight in configuration.")]
public enum HealthSignal
{
    [Description("The on-site visit the tier asks for is overdue.")] VisitOverdue = 1,
    [Description("The relationship review the tier asks for is overdue.")] ReviewOverdue = 2,
    [Description("The account has open complaints.")] OpenComplaints = 3,
    [Description("An open service case missed its deadline.")] SlaBreached = 4,
    [Description("Satisfaction fell against the previous period.")] SatisfactionDrop = 5,
    [Description("A decision maker or gatekeeper in the org chart opposes us.")] OpposedDecisionMaker = 6,
    [Description("The loyalty stage fell recently.")] LoyaltyFall = 7,
}
