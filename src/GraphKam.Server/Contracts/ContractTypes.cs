using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Products;
using GraphKam.Server.Users;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Contracts;

public sealed class ContractRenewalStateType : EnumType<ContractRenewalState>;

public sealed class ContractType : NodeGraphType<Contract>
{
    public ContractType() : base("Contract",
        "A customer contract (合同): products, value and term, who signed it, and how its renewal stands (the company's own record: not for partners).")
    {
        Field<NonNullGraphType<AccountType>>("account").Description("The account that signed it.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field(c => c.Number).Description("The contract's number, unique across contracts.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductType>>>>("products")
            .Description("The catalogue products it covers, by family and name.")
            .Resolve(c => Covered(c).Load(c.Source.Id).Then(products => products ?? []));
        Field(c => c.Value, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("What it is worth over its term, in yuan.");
        Field(c => c.StartsOn).Description("Its first day in force (a UTC date, at midnight).");
        Field(c => c.EndsOn).Description("Its last day in force (a UTC date, at midnight).");
        Field<NonNullGraphType<ContractRenewalStateType>>("renewalState").Description("Where its renewal stands.").Resolve(c => c.Source.RenewalState);
        Field<ContactType>("signedBy").Description("Who signed for the customer (a contact of the account); null when not recorded.")
            .Resolve(c => c.LoadById<Contact>(c.Source.SignedById));
        Field<OpportunityType>("renewalOpportunity").Description("The deal `renewContract` opened in the funnel; null before.")
            .Resolve(c => c.LoadById<Opportunity>(c.Source.RenewalOpportunityId));
        Field<ContractType>("renewalOf").Description("The contract this one renews; null when it renews none.")
            .Resolve(c => c.LoadById<Contract>(c.Source.RenewalOfId));
        Field<ContractType>("renewedBy").Description("The contract that renews this one; null while there is none.")
            .Resolve(c => Successors(c).Load(c.Source.Id))
            .Reads();
        Field<NonNullGraphType<StringGraphType>>("createdBy").Description("Who recorded it.").ResolveActor(c => c.CreatedBy);
        Field(c => c.CreatedAt).Description("When it was recorded (UTC).");
        Field(c => c.UpdatedAt).Description("When it last changed (UTC).");
        Field(c => c.Version).Description("Changes with every update; send it back with `updateContract`.");
    }

    /// <summary>The products of every contract of a level, in one statement.</summary>
    private static BatchLoader<int, List<Product>> Covered(IResolveFieldContext context) =>
        context.DatabaseLoader<int, List<Product>>(typeof(ContractProduct), async (db, ids, cancellationToken) =>
        {
            var rows = await db.Set<ContractProduct>().AsNoTracking().Where(p => ids.Contains(p.ContractId))
                .OrderBy(p => p.Product!.Family).ThenBy(p => p.Product!.Name).ThenBy(p => p.ProductId)
                .Select(p => new { p.ContractId, p.Product }).ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.ContractId).ToDictionary(g => g.Key, g => g.Select(r => r.Product!).ToList());
        });

    /// <summary>The successor of every contract of a level, in one statement.</summary>
    private static BatchLoader<int, Contract> Successors(IResolveFieldContext context) =>
        context.DatabaseLoader<int, Contract>(typeof(ContractType), async (db, ids, cancellationToken) =>
            await db.Set<Contract>().AsNoTracking().Where(c => c.RenewalOfId != null && ids.Contains(c.RenewalOfId.Value))
                .ToDictionaryAsync(c => c.RenewalOfId!.Value, cancellationToken));
}
