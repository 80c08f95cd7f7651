using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Contracts;

/// <summary>What a contract names besides its account: the products it covers and who signed it.</summary>
internal static class ContractReferences
{
    /// <summary>Replaces the products the contract covers, or says which IDs are wrong (nothing is replaced then).</summary>
    public static async Task<List<MutationError>> SetProductsAsync(MutationScope scope, Contract contract, IReadOnlyList<string> ids)
    {
        if (ids.Count > ContractLimits.MaxProducts) return [new OutOfRangeError("productIds", 0, ContractLimits.MaxProducts, ids.Count)];
        var errors = new List<MutationError>();
        var keys = new HashSet<int>();
        foreach (var id in ids)
            if (GlobalId.TryParseKey(id, "Product", out var key)) keys.Add(key);
            else errors.Add(new InvalidIdError("productIds", id, "Product"));
        if (errors.Count > 0) return errors;
        var found = await scope.Db.Products.Where(p => keys.Contains(p.Id)).Select(p => p.Id).ToListAsync(scope.CancellationToken);
        errors.AddRange(keys.Except(found).Select(key => new ContractProductNotFoundError(GlobalId.Encode("Product", key))));
        if (errors.Count > 0) return errors;
        contract.Products.RemoveAll(p => !keys.Contains(p.ProductId));
        foreach (var key in keys.Except(contract.Products.Select(p => p.ProductId))) contract.Products.Add(new ContractProduct { ProductId = key });
        return errors;
    }

    /// <summary>Sets who signed, or why not: it must be a current contact of the contract's own account.</summary>
    public static async Task<MutationError?> SetSignatoryAsync(MutationScope scope, Contract contract, string? id)
    {
        if (id == null)
        {
            contract.SignedById = null;
            return null;
        }
        if (!GlobalId.TryParseKey(id, "Contact", out var key)) return new InvalidIdError("signedById", id, "Contact");
        var ours = await scope.Db.Contacts.AnyAsync(c => c.Id == key && c.AccountId == contract.AccountId && c.RemovedAt == null,
            scope.CancellationToken);
        if (!ours) return new InvalidSignatoryError(id);
        contract.SignedById = key;
        return null;
    }

    /// <summary>Whether another contract has the number (writers take turns, so no one takes it meanwhile).</summary>
    public static Task<bool> NumberTakenAsync(MutationScope scope, string number, int exceptId) =>
        scope.Db.Contracts.AnyAsync(c => c.Number == number && c.Id != exceptId, scope.CancellationToken);
}
