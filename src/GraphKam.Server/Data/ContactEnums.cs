using System.ComponentModel;

namespace GraphKam.Server.Data;

[Description("A contact's part in the customer's buying decision.")]
public enum BuyingRole
{
    [Description("General manager or project owner: has the final say, hard to reach.")] DecisionMaker = 1,
    [Description("Technical lead: can veto on feasibility.")] TechnicalGatekeeper = 2,
    [Description("Financial lead: guards the budget and often leads price talks.")] FinancialGatekeeper = 3,
    [Description("Head of the using department: cares about ease of use, influences but does not decide.")] User = 4,
    [Description("Shapes opinions without a formal part in the decision.")] Influencer = 5,
    [Description("No part in the decision that we know of.")] Other = 6,
}

[Description("A contact's personality style, which decides how to communicate with them.")]
public enum PersonalityStyle
{
    [Description("Dominant and decisive: be brief, bring results.")] Tiger = 1,
    [Description("Expressive and social: bring stories and recognition.")] Peacock = 2,
    [Description("Analytical and careful: bring data and detail.")] Owl = 3,
    [Description("Steady and loyal: build trust, avoid pressure.")] Koala = 4,
}

[Description("A contact's attitude toward us.")]
public enum Attitude
{
    [Description("Supports us.")] Supporter = 1,
    [Description("Neither for nor against us.")] Neutral = 2,
    [Description("Opposes us.")] Opponent = 3,
}

[Description("Where a role service plan stands.")]
public enum PlanStatus
{
    [Description("Being carried out.")] Active = 1,
    [Description("On hold.")] Paused = 2,
    [Description("Finished.")] Done = 3,
}

[Description("What kind of contact with the account an activity was.")]
public enum ActivityKind
{
    [Description("An on-site visit (what service standards count).")] Visit = 1,
    [Description("A phone call.")] Call = 2,
    [Description("A meeting, on-site or remote.")] Meeting = 3,
    [Description("A proposal submitted.")] Proposal = 4,
    [Description("A product demonstration.")] Demo = 5,
    [Description("A review of the relationship or a project.")] Review = 6,
    [Description("An e-mail exchange.")] Email = 7,
}
