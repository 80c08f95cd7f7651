using System.ComponentModel;

namespace GraphKam.Server.Data;

[Description("Which forecast an opportunity in a stage counts toward.")]
public enum ForecastCategory
{
    [Description("Early stages: pipeline only.")] Pipeline = 1,
    [Description("Could close this period if things go well.")] BestCase = 2,
    [Description("Expected to close: counted in the forecast.")] Commit = 3,
    [Description("Won: counted as closed.")] Closed = 4,
    [Description("Lost: left out of every forecast.")] Omitted = 5,
}

[Description("Who works an opportunity (the routing rule of the seeds).")]
public enum SalesRoute
{
    [Description("The field team: large opportunities.")] Outside = 1,
    [Description("The phone team.")] Inside = 2,
    [Description("A distributor, with the outside owner copied.")] Channel = 3,
}

[Description("Whether an opportunity is still being worked.")]
public enum OpportunityStatus
{
    [Description("Being worked.")] Open = 1,
    [Description("Signed.")] Won = 2,
    [Description("Lost, with a reason.")] Lost = 3,
}
