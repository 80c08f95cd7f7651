using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Accounts;

public sealed class AccountMutations : IMutationFields
{
    private static readonly (string, string) ChangedAccount = ("account", "The account as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateAccountInputType, AccountType>("createAccount", "Creates a key account.", ChangedAccount,
            [typeof(EmptyNameErrorType), typeof(RequiredValueErrorType), typeof(TooLongErrorType), typeof(NegativeMetricErrorType),
             typeof(SatisfactionOutOfRangeErrorType), typeof(InvalidIdErrorType), typeof(ParentNotFoundErrorType), typeof(OwnerNotFoundErrorType)],
            context => Run(context, (input, db, clock, ct) => CreateAccount.HandleAsync((CreateAccountInput)input, db, clock, ct)));

        mutation.AddMutation<UpdateAccountInputType, AccountType>("updateAccount",
            "Changes some fields of an account, if it still has the `version` you read.", ChangedAccount,
            [typeof(InvalidIdErrorType), typeof(AccountNotFoundErrorType), typeof(AccountArchivedErrorType), typeof(StaleVersionErrorType),
             typeof(EmptyNameErrorType), typeof(RequiredValueErrorType), typeof(TooLongErrorType), typeof(NegativeMetricErrorType),
             typeof(SatisfactionOutOfRangeErrorType), typeof(ParentNotFoundErrorType), typeof(ParentCycleErrorType), typeof(OwnerNotFoundErrorType)],
            context => Run(context, (input, db, clock, ct) => UpdateAccount.HandleAsync((UpdateAccountInput)input, db, clock, ct)));

        mutation.AddMutation<ArchiveAccountInputType, AccountType>("archiveAccount",
            "Archives an account: it leaves the lists but stays readable by ID.", ChangedAccount,
            [typeof(InvalidIdErrorType), typeof(AccountNotFoundErrorType), typeof(StaleVersionErrorType), typeof(AccountHasBranchesErrorType)],
            context => Run(context, (input, db, clock, ct) => ArchiveAccount.HandleAsync((ArchiveAccountInput)input, db, clock, ct)));
    }

    private static async Task<Payload> Run(IResolveFieldContext context,
        Func<object, GraphKamDbContext, TimeProvider, CancellationToken, Task<Payload>> handle)
    {
        var services = context.Services();
        await using var db = await services.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await handle(context.GetArgument<object>("input"), db, services.GetRequiredService<TimeProvider>(), context.CancellationToken);
    }
}
