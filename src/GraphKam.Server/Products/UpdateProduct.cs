using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Products;

/// <summary><c>updateProduct</c>: a partial change of a catalogue product at the version the client read.</summary>
public static class UpdateProduct
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(ProductNotFoundError), typeof(StaleVersionError), typeof(RequiredValueError),
        typeof(TooLongError), typeof(OutOfRangeError), typeof(DuplicateProductCodeError),
    ];

    public static async Task<Payload> HandleAsync(UpdateProductInput input, MutationScope scope)
    {
        var (product, missing) = await scope.FindAtVersionAsync<Product>(input.Id, "Product", "id", input.Version,
            id => new ProductNotFoundError(id));
        if (product == null) return Payload.Failure(missing!);
        var errors = new List<MutationError>();
        if (input.Code.IsSet) product.Code = input.Code.Value?.Trim() ?? "";
        if (input.Name.IsSet) product.Name = input.Name.Value?.Trim() ?? "";
        if (input.Family.IsSet) product.Family = input.Family.Value?.Trim() ?? "";
        input.ListPrice.AssignRequired("listPrice", v => product.ListPrice = Money.Round(v), errors);
        input.Active.AssignRequired("active", v => product.Active = v, errors);
        errors.AddRange(ProductRules.Validate(product));
        if (errors.Count > 0) return Payload.Failure(errors);
        if (input.Code.IsSet && await CreateProduct.CodeTakenAsync(scope, product.Code, product.Id))
            return Payload.Failure(new DuplicateProductCodeError(product.Code));
        product.UpdatedAt = scope.Now;
        return await scope.SaveNextVersionAsync(product, input.Version);
    }
}
