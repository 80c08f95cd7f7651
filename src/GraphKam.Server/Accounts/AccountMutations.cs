using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphKam.Server.Identity;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Accounts;

public sealed class AccountMutations : IMutationFields
{
    private static readonly (string, string) ChangedAccount = ("account", "The account as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateAccountInputType, AccountType>("createAccount", "Creates a key account.", ChangedAccount,
            [typeof(EmptyNameErrorType), typeof(RequiredValueErrorType), typeof(TooLongErrorType), typeof(NegativeMetricErrorType),
             typeof(SatisfactionOutOfRangeErrorType), typeof(InvalidIdErrorType), typeof(ParentNotFoundErrorType), typeof(OwnerNotFoundErrorType),
             typeof(InvalidMeasureKeyErrorType), typeof(DuplicateMeasureErrorType)],
            context => MutationScope.RunAsync<CreateAccountInput>(context, CreateAccount.HandleAsync))
            .RequireRoles(Roles.Internal);

        mutation.AddMutation<UpdateAccountInputType, AccountType>("updateAccount",
            "Changes some fields of an account, if it still has the `version` you read.", ChangedAccount,
            [typeof(InvalidIdErrorType), typeof(AccountNotFoundErrorType), typeof(AccountArchivedErrorType), typeof(StaleVersionErrorType),
             typeof(EmptyNameErrorType), typeof(RequiredValueErrorType), typeof(TooLongErrorType), typeof(NegativeMetricErrorType),
             typeof(SatisfactionOutOfRangeErrorType), typeof(ParentNotFoundErrorType), typeof(ParentCycleErrorType), typeof(OwnerNotFoundErrorType),
             typeof(InvalidMeasureKeyErrorType), typeof(DuplicateMeasureErrorType)],
            context => MutationScope.RunAsync<UpdateAccountInput>(context, UpdateAccount.HandleAsync));

        mutation.AddMutation<ArchiveAccountInputType, AccountType>("archiveAccount",
            "Archives an account: it leaves the lists but stays readable by ID.", ChangedAccount,
            [typeof(InvalidIdErrorType), typeof(AccountNotFoundErrorType), typeof(StaleVersionErrorType), typeof(AccountHasBranchesErrorType)],
            context => MutationScope.RunAsync<ArchiveAccountInput>(context, ArchiveAccount.HandleAsync))
            .RequireRoles(Roles.Internal);
    }

}
