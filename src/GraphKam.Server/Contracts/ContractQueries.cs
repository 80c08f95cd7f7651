using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Contracts;

public sealed class ContractQueries(TimeProvider clock) : IQueryFields
{
    /// <summary>Contracts as they are worked: the soonest end first.</summary>
    public static readonly IReadOnlyList<SortValue> BySoonestEnd =
    [
        SortValue.By<Contract, DateTime>(c => c.EndsOn, SortDirection.Asc),
        SortValue.By<Contract, int>(c => c.Id, SortDirection.Asc),
    ];

    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<Contract, ContractType, ContractFilterInput, ContractSortInput>("contracts",
            "customer contracts of the accounts you may read, by end (soonest first)",
            (_, db) => db.Set<Contract>(), new ConnectionOptions<Contract> { DefaultOrder = BySoonestEnd })
            .RequireRoles(Roles.Internal);
        query.AddConnection<Contract, ContractType, ContractFilterInput, ContractSortInput>("contractsExpiring",
            "contracts whose last day falls within `within` days of today (today included) and that are neither renewed nor "
            + "terminated, soonest end first",
            (context, db) => ContractExpiry.Within(db.Set<Contract>(), Today(), Within(context)),
            new ConnectionOptions<Contract> { DefaultOrder = BySoonestEnd })
            .RequireRoles(Roles.Internal)
            .Arguments!.Add(new QueryArgument<NonNullGraphType<IntGraphType>>
            {
                Name = "within",
                Description = $"How many days ahead to look, from 1 to {ContractLimits.MaxWithinDays}.",
            });
    }

    private static int Within(IResolveFieldContext context)
    {
        var days = context.GetArgument<int>("within");
        return days is >= 1 and <= ContractLimits.MaxWithinDays
            ? days
            : throw new OutOfRangeError("within", 1, ContractLimits.MaxWithinDays, days).ToException();
    }

    private DateTime Today() => clock.GetUtcNow().UtcDateTime.Date;
}
