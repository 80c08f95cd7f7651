using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Revenue;

public sealed class RevenueMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        // Staff may call it; the record's write rule then allows the account's owner and managers.
        mutation.AddMutation<RecordRevenueInputType, RevenueRecordType>("recordRevenue",
            "Records (or corrects) one month's revenue of an account; its `monthlyRevenue` then follows its history and it is regraded.",
            ("revenueRecord", "The month as saved; null when nothing changed."), RecordRevenue.Errors,
            c => MutationScope.RunAsync<RecordRevenueInput, RevenueFigures>(c, RecordRevenue.HandleAsync))
            .RequireRoles(Roles.Internal);
}
