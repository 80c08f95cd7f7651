using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

public sealed class TierMutations : IMutationFields
{
    private static readonly (string, string) ChangedAccount = ("account", "The account, with its tier now in force; null when nothing changed.");
    private static readonly (string, string) ChangedPolicy = ("tierPolicy", "The policy as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<RecomputeTiersInputType, TierRecomputationType>("recomputeTiers",
            "Re-scores every active account in a policy (or every policy) and records a tier change where the tier moved.",
            ("recomputation", "What the re-grading did."), [typeof(TierPolicyNotFoundError)],
            c => MutationScope.RunAsync<RecomputeTiersInput, TierGrader>(c, RecomputeTiers.HandleAsync))
            .RequireRoles(Roles.Managers);

        mutation.AddMutation<OverrideAccountTierInputType, AccountType>("overrideAccountTier",
            "Puts an account in a tier by hand, whatever its score, until the override expires or is cleared.", ChangedAccount,
            [typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(TierPolicyNotFoundError),
             typeof(UnknownTierError), typeof(RequiredValueError), typeof(TooLongError), typeof(ExpiryNotInFutureError)],
            c => MutationScope.RunAsync<OverrideAccountTierInput, TierGrader>(c, TierOverrides.SetAsync))
            .RequireRoles(Roles.Internal);

        mutation.AddMutation<ClearTierOverrideInputType, AccountType>("clearTierOverride",
            "Ends a manual tier override: the score decides the tier again.", ChangedAccount,
            [typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(TierPolicyNotFoundError)],
            c => MutationScope.RunAsync<ClearTierOverrideInput, TierGrader>(c, TierOverrides.ClearAsync))
            .RequireRoles(Roles.Internal);

        Type[] policyErrors =
        [
            typeof(InvalidPolicyKeyError), typeof(RequiredValueError), typeof(TooLongError), typeof(NoTiersError),
            typeof(DuplicateTierCodeError), typeof(TierThresholdsNotOrderedError), typeof(InvalidTierError),
            typeof(InvalidMetricError), typeof(UnknownOverrideTierError),
        ];
        mutation.AddMutation<CreateTierPolicyInputType, TierPolicyType>("createTierPolicy",
            "Creates a tier policy and grades every active account in it.", ChangedPolicy,
            [.. policyErrors, typeof(DuplicatePolicyKeyError)],
            c => MutationScope.RunAsync<CreateTierPolicyInput, TierGrader>(c, TierPolicyEditing.CreateAsync))
            .RequireRoles(Roles.Managers);

        mutation.AddMutation<UpdateTierPolicyInputType, TierPolicyType>("updateTierPolicy",
            "Changes a tier policy, if it still has the `version` you read, and re-grades every active account in it.", ChangedPolicy,
            [.. policyErrors, typeof(InvalidIdError), typeof(TierPolicyNotFoundError), typeof(StaleVersionError), typeof(DefaultPolicyRequiredError)],
            c => MutationScope.RunAsync<UpdateTierPolicyInput, TierGrader>(c, TierPolicyEditing.UpdateAsync))
            .RequireRoles(Roles.Managers);
    }
}

public sealed class TierRecomputationType : ObjectType<TierRecomputation>
{
    public TierRecomputationType()
    {
        Name = "TierRecomputation";
        Description = "What a bulk re-grading did.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierPolicyType>>>>("policies").Description("The policies re-graded.").Resolve(c => c.Source.Policies);
        Field(r => r.AccountsScored).Description("How many account scores were computed (accounts × policies).");
        Field(r => r.TierChanges).Description("How many accounts changed tier (each recorded in the tier history).");
        Field(r => r.ElapsedMilliseconds).Description("How long it took, in milliseconds.");
    }
}
