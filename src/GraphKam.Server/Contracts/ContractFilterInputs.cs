using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Products;

namespace GraphKam.Server.Contracts;

public sealed class ContractFilterInput : FilterInputType<Contract>
{
    public ContractFilterInput() : base("Conditions on contracts, e.g. `renewalState: { eq: ACTIVE }, endsOn: { lt: \"2027-01-01T00:00:00Z\" }`.")
    {
        Id("id", c => c.Id, "Contract", "The contract's ID.");
        Field("number", c => c.Number, "The contract's number.");
        Field("value", c => c.Value, "What it is worth over its term, in yuan.");
        Field("startsOn", c => c.StartsOn, "Its first day in force.");
        Field("endsOn", c => c.EndsOn, "Its last day in force.");
        Enum<ContractRenewalStateType, ContractRenewalState>("renewalState", c => c.RenewalState, "Where its renewal stands.");
        Object<AccountFilterInput, Account>("account", c => c.Account, "The account (e.g. its region, industry or tier).");
        List<ProductFilterInput, Product>("products", c => c.Products.Select(p => p.Product!), "The products it covers.");
    }
}

public sealed class ContractSortInput : SortInputType<Contract>
{
    public ContractSortInput() : base("Sort keys for contracts (by end, soonest first, when no order is given).")
    {
        Field("number", c => c.Number, "By number.");
        Field("value", c => c.Value, "By value.");
        Field("startsOn", c => c.StartsOn, "By first day in force.");
        Field("endsOn", c => c.EndsOn, "By last day in force.");
        Field("renewalState", c => c.RenewalState, "By renewal state, in the order ACTIVE … TERMINATED.");
        Field("createdAt", c => c.CreatedAt, "By when it was recorded.");
        Object<AccountSortInput, Account>("account", c => c.Account, "By the account's fields.");
    }
}
