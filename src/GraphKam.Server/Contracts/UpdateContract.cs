using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Contracts;

/// <summary><c>updateContract</c>: a partial change of a contract at the version the client read.</summary>
public static class UpdateContract
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(ContractNotFoundError), typeof(StaleVersionError), typeof(RequiredValueError),
        typeof(TooLongError), typeof(OutOfRangeError), typeof(DateOutOfCalendarError), typeof(ContractEndsBeforeStartError),
        typeof(DuplicateContractNumberError), typeof(ContractProductNotFoundError), typeof(InvalidSignatoryError),
        typeof(InvalidRenewalStateChangeError),
    ];

    public static async Task<Payload> HandleAsync(UpdateContractInput input, MutationScope scope)
    {
        var (contract, missing) = await scope.FindAtVersionAsync<Contract>(input.Id, "Contract", "id", input.Version,
            id => new ContractNotFoundError(id));
        if (contract == null) return Payload.Failure(missing!);
        await scope.Db.Entry(contract).Collection(c => c.Products).LoadAsync(scope.CancellationToken);
        var errors = new List<MutationError>();
        if (input.Number.IsSet) contract.Number = input.Number.Value?.Trim() ?? "";
        input.Value.AssignRequired("value", v => contract.Value = Money.Round(v), errors);
        input.StartsOn.AssignRequired("startsOn", v => contract.StartsOn = ContractRules.Day(v), errors);
        input.EndsOn.AssignRequired("endsOn", v => contract.EndsOn = ContractRules.Day(v), errors);
        if (input.RenewalState.IsSet)
        {
            if (input.RenewalState.Value is not { } state) errors.Add(new RequiredValueError("renewalState"));
            else if (!ContractRules.MaySet(contract.RenewalState, state)) errors.Add(new InvalidRenewalStateChangeError(contract.RenewalState, state));
            else contract.RenewalState = state;
        }
        errors.AddRange(ContractRules.Validate(contract));
        if (input.ProductIds != null) errors.AddRange(await ContractReferences.SetProductsAsync(scope, contract, input.ProductIds));
        if (input.SignedById.IsSet && await ContractReferences.SetSignatoryAsync(scope, contract, input.SignedById.Value) is { } signatory)
            errors.Add(signatory);
        if (errors.Count > 0) return Payload.Failure(errors);
        if (input.Number.IsSet && await ContractReferences.NumberTakenAsync(scope, contract.Number, contract.Id))
            return Payload.Failure(new DuplicateContractNumberError(contract.Number));
        contract.UpdatedAt = scope.Now;
        return await scope.SaveNextVersionAsync(contract, input.Version);
    }
}
