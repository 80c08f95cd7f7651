using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Server.Plans;

public sealed class AccountPlanFilterInput : FilterInputType<AccountPlan>
{
    public AccountPlanFilterInput()
        : base("Conditions on account plans, e.g. `status: { eq: ACTIVE }, year: { eq: 2026 }`.")
    {
        Id("id", p => p.Id, "AccountPlan", "The plan's ID.");
        Object<AccountFilterInput, Account>("account", p => p.Account, "The account.");
        Id("accountId", p => p.AccountId, "Account", "The account, by ID.");
        Field("year", p => p.Year, "The calendar year.");
        Enum<AccountPlanStatusType, AccountPlanStatus>("status", p => p.Status, "Where it stands.");
        Field("activatedAt", p => p.ActivatedAt, "When it last became ACTIVE.");
        Field("lastReviewedAt", p => p.LastReviewedAt, "When its last review was held.");
        Field("createdAt", p => p.CreatedAt, "When it was created.");
        Field("updatedAt", p => p.UpdatedAt, "When it last changed.");
    }
}

public sealed class AccountPlanSortInput : SortInputType<AccountPlan>
{
    public AccountPlanSortInput() : base("Sort keys for account plans.")
    {
        Field("year", p => p.Year, "By year.");
        Field("status", p => p.Status, "By status, DRAFT first when ascending.");
        Field("activatedAt", p => p.ActivatedAt, "By when it last became ACTIVE.");
        Field("lastReviewedAt", p => p.LastReviewedAt, "By when it was last reviewed.");
        Field("reviewClock", p => p.LastReviewedAt ?? p.ActivatedAt,
            "By when its review clock started (its last review, else its activation): longest unreviewed first "
            + "when ascending.");
        Field("updatedAt", p => p.UpdatedAt, "By when it last changed.");
        Object<AccountSortInput, Account>("account", p => p.Account, "By the account's fields.");
    }
}
