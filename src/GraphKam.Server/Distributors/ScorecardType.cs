using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Distributors;

public sealed class ScorecardType : NodeGraphType<Scorecard>
{
    public ScorecardType() : base("Scorecard", "A partner's evaluation (考评) for one quarter. Scores run from 0 to 100.")
    {
        Field<NonNullGraphType<DistributorType>>("distributor").Description("The partner evaluated.").Resolve(c => c.LoadById<Distributor>(c.Source.DistributorId));
        Field(s => s.Period).Description("The quarter, e.g. 2026-Q3.");
        Field(s => s.SalesAmount, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("What it sold in the quarter, in yuan.");
        Field(s => s.Target, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Its sales target for the quarter, in yuan.");
        Field(s => s.Attainment).Description("Sales ÷ target (1.1 = 110 %).");
        Field<NonNullGraphType<FloatGraphType>>("salesScore").Description("Attainment as a score: the percentage, at most 100.")
            .Resolve(c => ScorecardMath.SalesScore(c.Source.Attainment));
        Field(s => s.CoverageScore).Description("How well it covers its territory.");
        Field(s => s.ServiceScore).Description("Its service capability.");
        Field(s => s.PaymentScore).Description("Its payment and credit behaviour.");
        Field(s => s.OverallScore).Description("The weighted mean of the sales, coverage, service and payment scores (weights in `GraphKam:Channel:ScorecardWeights`).");
        Field<NonNullGraphType<IntGraphType>>("rank").Description("Its place among the quarter's scorecards the caller sees, by overall score (ties share a place): "
            + "among all partners' for the company's staff; a partner, who sees no other partner's scorecard, is ranked among its own.")
            .Resolve(c => Ranks(c).Load(c.Source.Id));
        Field(s => s.RecordedAt).Description("When it was recorded (UTC).");
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who recorded it.").ResolveActor(s => s.RecordedBy);
    }

    /// <summary>
    /// The ranks of every scorecard asked for in the request, in one statement, through the caller's filters: how
    /// many partners scored higher is itself something about other partners, so a partner is not told it.
    /// </summary>
    private static BatchLoader<int, int> Ranks(IResolveFieldContext context)
    {
        return context.DatabaseLoader<int, int>(typeof(ScorecardType), async (db, ids, cancellationToken) =>
            await db.Scorecards.Where(s => ids.Contains(s.Id))
                .Select(s => new { s.Id, Rank = 1 + db.Scorecards.Count(other => other.Period == s.Period && other.OverallScore > s.OverallScore) })
                .ToDictionaryAsync(r => r.Id, r => r.Rank, cancellationToken));
    }
}
