using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Products;

/// <summary><c>createProduct</c>: a new product of the catalogue, under a code no other product has.</summary>
public static class CreateProduct
{
    public static readonly Type[] Errors =
    [
        typeof(RequiredValueError), typeof(TooLongError), typeof(OutOfRangeError), typeof(DuplicateProductCodeError),
    ];

    public static async Task<Payload> HandleAsync(CreateProductInput input, MutationScope scope)
    {
        var product = new Product
        {
            Code = input.Code.Trim(),
            Name = input.Name.Trim(),
            Family = input.Family.Trim(),
            ListPrice = Money.Round(input.ListPrice),
            Active = input.Active,
            CreatedAt = scope.Now,
            UpdatedAt = scope.Now,
            Version = 1,
        };
        var errors = ProductRules.Validate(product);
        if (errors.Count > 0) return Payload.Failure(errors);
        if (await CodeTakenAsync(scope, product.Code, exceptId: 0)) return Payload.Failure(new DuplicateProductCodeError(product.Code));
        scope.Db.Products.Add(product);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        return Payload.Success(product);
    }

    /// <summary>Whether another product has the code (writers take turns, so no one takes it meanwhile).</summary>
    internal static Task<bool> CodeTakenAsync(MutationScope scope, string code, int exceptId) =>
        scope.Db.Products.AnyAsync(p => p.Code == code && p.Id != exceptId, scope.CancellationToken);
}
