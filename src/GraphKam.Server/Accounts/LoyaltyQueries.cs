using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Accounts;

public sealed class LoyaltyQueries(TimeProvider clock) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LoyaltyTransitionType>>>>("loyaltyTransitions")
            .Description("How many of the active accounts `where` selects moved between loyalty stages in [`from`, `to`), by "
                + "(from, to); `from: null` counts accounts created at a stage. Partners count only accounts they see.")
            .Argument<DateTimeGraphType>("from", "The first instant counted; a year before `to` when omitted.")
            .Argument<DateTimeGraphType>("to", "The first instant not counted; now when omitted.")
            .Argument<AccountFilterInput>("where", "Only these accounts (e.g. one region).")
            .ScanCost(AnalyticCosts.LoyaltyTransitions)
            .ResolveAsync(async c =>
            {
                var to = c.GetArgument<DateTime?>("to")?.ToUniversalTime() ?? clock.GetUtcNow().UtcDateTime;
                var from = c.GetArgument<DateTime?>("from")?.ToUniversalTime() ?? to.AddYears(-1);
                var filter = c.GetArgument<FilterValue?>("where")?.ToPredicate<Account>();
                var selected = filter == null ? (System.Linq.Expressions.Expression<Func<Account, bool>>)(a => a.ArchivedAt == null)
                    : Predicates.And(a => a.ArchivedAt == null, filter);
                return await c.ReadAsync(db => LoyaltyTransitions.CountAsync(db, selected, from, to, c.CancellationToken));
            });
}

public sealed class LoyaltyTransitionType : ObjectType<LoyaltyTransition>
{
    public LoyaltyTransitionType()
    {
        Name = "LoyaltyTransition";
        Description = "How many accounts moved from one loyalty stage to another.";
        Field<LoyaltyStageType>("from").Description("The stage they left; null for accounts created at `to`.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<LoyaltyStageType>>("to").Description("The stage they reached.").Resolve(c => c.Source.To);
        Field(x => x.Count).Description("How many moves.");
    }
}
