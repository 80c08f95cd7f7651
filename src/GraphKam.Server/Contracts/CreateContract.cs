using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Contracts;

/// <summary>
/// <c>createContract</c>: a contract an account signed. Whether the caller may is the row's write rule (the account's
/// owner, its active team members, managers), checked when it is saved.
/// </summary>
public static class CreateContract
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(RequiredValueError),
        typeof(TooLongError), typeof(OutOfRangeError), typeof(DateOutOfCalendarError), typeof(ContractEndsBeforeStartError),
        typeof(DuplicateContractNumberError), typeof(ContractProductNotFoundError), typeof(InvalidSignatoryError),
        typeof(ContractNotFoundError), typeof(InvalidPredecessorError),
    ];

    public static async Task<Payload> HandleAsync(CreateContractInput input, MutationScope scope)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));
        var contract = new Contract
        {
            AccountId = account.Id,
            Number = input.Number.Trim(),
            Value = Money.Round(input.Value),
            StartsOn = ContractRules.Day(input.StartsOn),
            EndsOn = ContractRules.Day(input.EndsOn),
            CreatedBy = scope.Actor,
            CreatedAt = scope.Now,
            UpdatedAt = scope.Now,
            Version = 1,
        };
        var errors = ContractRules.Validate(contract);
        errors.AddRange(await ContractReferences.SetProductsAsync(scope, contract, input.ProductIds));
        if (await ContractReferences.SetSignatoryAsync(scope, contract, input.SignedById) is { } signatory) errors.Add(signatory);
        var predecessor = await PredecessorAsync(scope, contract, input.RenewalOfId, errors);
        if (errors.Count > 0) return Payload.Failure(errors);
        if (await ContractReferences.NumberTakenAsync(scope, contract.Number, exceptId: 0))
            return Payload.Failure(new DuplicateContractNumberError(contract.Number));

        if (predecessor != null)
        {
            contract.RenewalOfId = predecessor.Id;
            predecessor.RenewalState = ContractRenewalState.Renewed;
            predecessor.UpdatedAt = scope.Now;
            predecessor.Version++;
        }
        scope.Db.Contracts.Add(contract);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        return Payload.Success(contract);
    }

    /// <summary>The contract this one renews: the same account's, not terminated, and not renewed by another contract yet.</summary>
    private static async Task<Contract?> PredecessorAsync(MutationScope scope, Contract contract, string? id, List<MutationError> errors)
    {
        if (id == null) return null;
        var (predecessor, missing) = await scope.FindForChangeAsync<Contract>(id, "Contract", "renewalOfId", found => new ContractNotFoundError(found));
        if (predecessor == null)
        {
            errors.Add(missing!);
            return null;
        }
        string? problem = null;
        if (predecessor.AccountId != contract.AccountId) problem = "it is another account's contract.";
        else if (predecessor.RenewalState == ContractRenewalState.Terminated) problem = "it was terminated.";
        else if (await scope.Db.Contracts.AnyAsync(c => c.RenewalOfId == predecessor.Id, scope.CancellationToken))
            problem = "another contract renews it already.";
        if (problem == null) return predecessor;
        errors.Add(new InvalidPredecessorError(id, problem));
        return null;
    }
}
