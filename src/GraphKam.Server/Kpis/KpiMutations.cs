using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Kpis;

public sealed class KpiMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.AddMutation<TakeKpiSnapshotInputType, KpiSnapshotType>("takeKpiSnapshot",
            "Takes a policy's KPI snapshot of the current month now, replacing the month's earlier one (managers only).",
            ("kpiSnapshot", "The snapshot as taken."), TakeKpiSnapshot.Errors,
            c => MutationScope.RunAsync<TakeKpiSnapshotInput>(c, TakeKpiSnapshot.HandleAsync))
            .RequireRoles(Roles.Managers);
}
