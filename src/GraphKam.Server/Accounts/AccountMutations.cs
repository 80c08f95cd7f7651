using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Accounts;

public sealed class AccountMutations : IMutationFields
{
    private static readonly (string, string) ChangedAccount = ("account", "The account as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateAccountInputType, AccountType>("createAccount", "Creates a key account.", ChangedAccount,
            [typeof(EmptyNameError), typeof(RequiredValueError), typeof(TooLongError), typeof(NegativeMetricError),
             typeof(SatisfactionOutOfRangeError), typeof(InvalidIdError), typeof(ParentNotFoundError), typeof(OwnerNotFoundError),
             typeof(OwnerNotStaffError), typeof(InvalidMeasureKeyError), typeof(DuplicateMeasureError)],
            context => MutationScope.RunAsync<CreateAccountInput, AccountChanges>(context, CreateAccount.HandleAsync))
            .RequireRoles(Roles.Internal);

        mutation.AddMutation<UpdateAccountInputType, AccountType>("updateAccount",
            "Changes some fields of an account, if it still has the `version` you read.", ChangedAccount,
            [typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(StaleVersionError),
             typeof(EmptyNameError), typeof(RequiredValueError), typeof(TooLongError), typeof(NegativeMetricError),
             typeof(SatisfactionOutOfRangeError), typeof(ParentNotFoundError), typeof(ParentCycleError), typeof(OwnerNotFoundError),
             typeof(OwnerNotStaffError), typeof(InvalidMeasureKeyError), typeof(DuplicateMeasureError),
             typeof(LoyaltyReasonWithoutChangeError), typeof(DerivedFigureError)],
            context => MutationScope.RunAsync(context, scope => UpdateAccount.HandleAsync(context.GetArgument<UpdateAccountInput>("input"), scope,
                context.Services().GetRequiredService<AccountChanges>(), context.Services().GetRequiredService<DerivedFigures>())))
            .RequireRoles(Roles.Internal);

        mutation.AddMutation<ArchiveAccountInputType, AccountType>("archiveAccount",
            "Archives an account: it leaves the lists but stays readable by ID.", ChangedAccount,
            [typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(StaleVersionError), typeof(AccountHasBranchesError)],
            context => MutationScope.RunAsync<ArchiveAccountInput>(context, ArchiveAccount.HandleAsync))
            .RequireRoles(Roles.Internal);
    }

}
