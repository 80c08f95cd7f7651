using GraphKam.GraphQL.Schema;
using GraphQL.Types;

namespace GraphKam.Server.Kpis;

public sealed class AnnualReviewType : ObjectType<AnnualReview>
{
    public AnnualReviewType()
    {
        Name = "AnnualReview";
        Description = "The year-end review of key-account work, beside the year before and the year's targets (staff only).";
        Field(r => r.Year).Description("The year.");
        Field<KpiSnapshotType>("yearEnd").Description("The figures as the year ended (its last snapshot; the book as it stands for the current year).")
            .Resolve(c => c.Source.YearEnd);
        Field<KpiSnapshotType>("yearBefore").Description("The year before's last snapshot; null without one.").Resolve(c => c.Source.YearBefore);
        Field(r => r.KeyAccountGrowth, nullable: true).Description("Growth in the number of key accounts on the year before, as a fraction.");
        Field(r => r.NewKeyAccounts).Description("Accounts that entered a key tier during the year (from a lower tier, or new).");
        Field(r => r.KeyDealsWon).Description("Deals won during the year with accounts now in a key tier (projects won).");
        Field(r => r.KeyDealsWonAmount, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Their amount, in yuan.");
        Field(r => r.Won, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Every deal won during the year, in yuan.");
        Field(r => r.SalesTarget, type: typeof(DecimalGraphType)).Description("The year's company sales target (`setSalesTarget` for the year), in yuan.");
        Field(r => r.SalesAttainment, nullable: true).Description("Won ÷ the sales target; null without a target.");
        Field(r => r.SatisfactionTarget, nullable: true).Description("The year's satisfaction target (`setSatisfactionTarget`).");
    }
}
