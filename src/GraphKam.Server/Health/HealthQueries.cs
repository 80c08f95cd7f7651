using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Setup;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Health;

public sealed class HealthQueries(TimeProvider clock, IOptions<HealthOptions> options) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.AddConnection<AccountHealth, AccountHealthType, AccountHealthFilterInput, AccountHealthSortInput>("atRiskAccounts",
            "active accounts whose health is below HEALTHY (WATCH or AT_RISK), least healthy first, with the reasons",
            (_, db) => AccountHealthQuery.Query(db, clock.GetUtcNow().UtcDateTime, options.Value).Where(h => h.Band != HealthBand.Healthy),
            new ConnectionOptions<AccountHealth>
            {
                DefaultOrder =
                [
                    SortValue.By<AccountHealth, int>(h => h.Score, SortDirection.Asc),
                    SortValue.By<AccountHealth, int>(h => h.Id, SortDirection.Asc),
                ],
            }).ScanCost(AnalyticCosts.AtRiskAccounts).RequireRoles(Roles.Internal);
}
