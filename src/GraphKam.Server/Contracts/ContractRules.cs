using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Contracts;

/// <summary>What a contract must be, and how its renewal follows its deal: plain functions the tests call directly.</summary>
public static class ContractRules
{
    /// <summary>A contract's dates are days: the UTC date of the instant given.</summary>
    public static DateTime Day(DateTime instant) => DateTime.SpecifyKind(instant.ToUniversalTime().Date, DateTimeKind.Utc);

    /// <summary>The contract as it would be saved: number, value and term.</summary>
    public static List<MutationError> Validate(Contract contract)
    {
        var errors = new List<MutationError>();
        if (contract.Number.Length == 0) errors.Add(new RequiredValueError("number"));
        else if (contract.Number.Length > ContractLimits.NumberLength) errors.Add(new TooLongError("number", ContractLimits.NumberLength));
        if (contract.Value is < 0 or > Money.Max) errors.Add(new OutOfRangeError("value", 0, Money.MaxQuoted, (double)contract.Value));
        SalesCalendar.Check(contract.StartsOn, "startsOn", errors);
        SalesCalendar.Check(contract.EndsOn, "endsOn", errors);
        if (contract.EndsOn <= contract.StartsOn) errors.Add(new ContractEndsBeforeStartError(contract.StartsOn, contract.EndsOn));
        return errors;
    }

    /// <summary>
    /// The states a person sets by hand: LAPSED (it will not be renewed) and TERMINATED (ended early), from ACTIVE or
    /// LAPSED. RENEWAL_IN_PROGRESS and RENEWED follow <c>renewContract</c>, its deal and a successor contract.
    /// </summary>
    public static bool MaySet(ContractRenewalState from, ContractRenewalState to) =>
        from == to || (to is ContractRenewalState.Lapsed or ContractRenewalState.Terminated
            && from is ContractRenewalState.Active or ContractRenewalState.Lapsed);

    /// <summary>
    /// A contract under renewal as its renewal deal now stands: won renews it, lost lets it lapse, reopened puts it back
    /// under renewal. A terminated contract, or one a successor contract renewed, stays as it is.
    /// </summary>
    public static ContractRenewalState Follow(ContractRenewalState current, OpportunityStatus deal, bool hasSuccessor) =>
        current == ContractRenewalState.Terminated || hasSuccessor ? current : deal switch
        {
            OpportunityStatus.Won => ContractRenewalState.Renewed,
            OpportunityStatus.Lost => ContractRenewalState.Lapsed,
            _ => ContractRenewalState.RenewalInProgress,
        };
}
