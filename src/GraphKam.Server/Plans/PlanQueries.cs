using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Plans;

public sealed class PlanQueries(TimeProvider clock, IOptions<PlanOptions> options) : IQueryFields
{
    /// <summary>Newest year first; within a year, in the order the plans were created.</summary>
    public static readonly IReadOnlyList<SortValue> NewestYearFirst =
    [
        SortValue.By<AccountPlan, int>(p => p.Year, SortDirection.Desc),
        SortValue.By<AccountPlan, int>(p => p.Id, SortDirection.Asc),
    ];

    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<AccountPlan, AccountPlanType, AccountPlanFilterInput, AccountPlanSortInput>("accountPlans",
            "account plans of active accounts, newest year first (staff only)",
            (_, db) => db.Set<AccountPlan>().Where(p => p.Account!.ArchivedAt == null),
            new ConnectionOptions<AccountPlan> { DefaultOrder = NewestYearFirst })
            .RequireRoles(Roles.Internal);

        query.AddConnection<AccountPlan, AccountPlanType, AccountPlanFilterInput, AccountPlanSortInput>(
            "plansDueForReview",
            "plans in force (ACTIVE or REVIEWED) of active accounts whose last review, or their activation before "
            + "the first, is at least `GraphKam:Plans:ReviewIntervalDays` old by the server's clock, longest "
            + "unreviewed first (staff only)",
            (_, db) => db.Set<AccountPlan>().Where(p => p.Account!.ArchivedAt == null)
                .Where(PlanReviewSchedule.DueBefore(options.Value.DueBefore(clock.GetUtcNow().UtcDateTime))),
            new ConnectionOptions<AccountPlan>
            {
                DefaultOrder =
                [
                    SortValue.By<AccountPlan, DateTime?>(p => p.LastReviewedAt ?? p.ActivatedAt, SortDirection.Asc),
                    SortValue.By<AccountPlan, int>(p => p.Id, SortDirection.Asc),
                ],
            })
            .RequireRoles(Roles.Internal);
    }
}
