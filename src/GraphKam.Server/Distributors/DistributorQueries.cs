using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Setup;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

public sealed class DistributorQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<Distributor, DistributorType, DistributorFilterInput, DistributorSortInput>("distributors",
            "channel partners, by name", (_, db) => db.Set<Distributor>(),
            new ConnectionOptions<Distributor> { DefaultOrder = [SortValue.By<Distributor, string>(d => d.Name, SortDirection.Asc)] });
        query.Field<DistributorType>("distributor")
            .Description("One distributor by ID. An unknown ID gives null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The distributor's global ID.")
            .Resolve(c => c.LoadByGlobalId<Distributor>(c.GetArgument<string>("id"), "Distributor"));

        query.AddConnection<Scorecard, ScorecardType, ScorecardFilterInput, ScorecardSortInput>("distributorRanking",
            "scorecards of the quarter, best overall score first", (_, db) => db.Set<Scorecard>(),
            new ConnectionOptions<Scorecard>
            {
                DefaultOrder = [SortValue.By<Scorecard, double>(s => s.OverallScore, SortDirection.Desc)],
                Scope = context => QuarterOf(context) is var period ? s => s.Period == period : null,
            }).ScanCost(AnalyticCosts.DistributorRanking).Arguments!.Add(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "period", Description = "The quarter, e.g. 2026-Q3." });

        query.AddConnection<ChannelConflict, ChannelConflictType, ChannelConflictFilterInput, ChannelConflictSortInput>("channelConflicts",
            "channel conflicts found by the rules, newest first", (_, db) => db.Set<ChannelConflict>(),
            new ConnectionOptions<ChannelConflict> { DefaultOrder = [SortValue.By<ChannelConflict, DateTime>(c => c.DetectedAt, SortDirection.Desc)] });

        query.AddConnection<DealRegistration, DealRegistrationType, DealRegistrationFilterInput, DealRegistrationSortInput>("dealRegistrations",
            "deal registrations, newest first", (_, db) => db.Set<DealRegistration>(),
            new ConnectionOptions<DealRegistration> { DefaultOrder = [SortValue.By<DealRegistration, DateTime>(r => r.RegisteredAt, SortDirection.Desc)] });
    }

    private static string QuarterOf(IResolveFieldContext context)
    {
        var text = context.GetArgument<string>("period").Trim();
        return SalesPeriod.TryParse(text, out var period) && period.IsQuarter
            ? text
            : throw new InvalidQuarterError(text).ToException();
    }
}
