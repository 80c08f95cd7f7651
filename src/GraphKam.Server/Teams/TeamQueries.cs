using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Setup;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Teams;

public sealed class TeamQueries(TimeProvider clock) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageRuleType>>>>("coverageRules")
            .Description("How each tier of the default tier policy must be covered, by tier code (staff only).")
            .ResolveAsync(async c => await c.ReadAsync(db =>
                db.Set<CoverageRule>().OrderBy(r => r.TierCode).ToListAsync(c.CancellationToken)))
            .FieldType.RequireRoles(Roles.Internal);

        query.AddConnection<CoverageExceptionEntry, CoverageExceptionType, CoverageExceptionFilterInput, CoverageExceptionSortInput>(
            "coverageExceptions",
            "ways an active account breaks its tier's coverage rule now (a coverage the rule does not allow, a required "
            + "team role nobody holds), by account (staff only)",
            (_, db) => CoverageExceptions.Query(db, clock.GetUtcNow().UtcDateTime),
            new ConnectionOptions<CoverageExceptionEntry>
            {
                DefaultOrder = [SortValue.By<CoverageExceptionEntry, int>(e => e.Id, SortDirection.Asc)],
            }).ScanCost(AnalyticCosts.ServiceExceptions).RequireRoles(Roles.Internal);
    }
}
