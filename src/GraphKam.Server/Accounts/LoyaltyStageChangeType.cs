using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Accounts;

public sealed class LoyaltyStageChangeType : NodeGraphType<LoyaltyStageChange>
{
    public LoyaltyStageChangeType() : base("LoyaltyStageChange", "An account's move from one loyalty stage to another.")
    {
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<LoyaltyStageType>("fromStage").Description("The stage before; null when the account was created at `toStage`.")
            .Resolve(c => c.Source.FromStage);
        Field<NonNullGraphType<LoyaltyStageType>>("toStage").Description("The stage after.").Resolve(c => c.Source.ToStage);
        // Reasons and names are internal notes: a partner reaching a change by node(id:) gets AUTH_NOT_AUTHORIZED for them.
        Field(x => x.Reason, nullable: true).Description("Why, in the words of whoever changed it. Not for partners.")
            .RequireRoles(Roles.Internal);
        Field(x => x.ChangedAt).Description("When (UTC).");
        Field<NonNullGraphType<StringGraphType>>("changedBy").Description("Who changed it. Not for partners.").ResolveActor(x => x.ChangedBy)
            .RequireRoles(Roles.Internal);
    }
}

public sealed class LoyaltyStageChangeFilterInput : FilterInputType<LoyaltyStageChange>
{
    public LoyaltyStageChangeFilterInput() : base("Conditions on loyalty-stage changes.")
    {
        Enum<LoyaltyStageType, LoyaltyStage?>("fromStage", c => c.FromStage, "The stage before (null at creation).");
        Enum<LoyaltyStageType, LoyaltyStage>("toStage", c => c.ToStage, "The stage after.");
        Field("changedAt", c => c.ChangedAt, "When.");
        Field("changedBy", c => c.ChangedBy, "Who.");
        // The history is for staff (the field requires their roles); the audit field stays closed to partners anyway.
        this.HideFromRestricted("changedBy");
    }
}

public sealed class LoyaltyStageChangeSortInput : SortInputType<LoyaltyStageChange>
{
    public LoyaltyStageChangeSortInput() : base("Sort keys for loyalty-stage changes (newest first when no order is given).")
    {
        Field("changedAt", c => c.ChangedAt, "By time.");
        Field("toStage", c => c.ToStage, "By the stage after.");
    }
}
