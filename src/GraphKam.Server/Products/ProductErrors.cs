using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Products;

[Description("Another product of the catalogue already has the code.")]
public sealed record DuplicateProductCodeError(
    [property: Description("The code given (trimmed).")] string ProductCode)
    : MutationError("DUPLICATE_PRODUCT_CODE", $"A product with the code '{InputEcho.Shorten(ProductCode)}' already exists.");

[Description("No product of the catalogue has the given ID.")]
public sealed record ProductNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("PRODUCT_NOT_FOUND", $"No product has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The product is no longer sold: accounts that use it keep it, but it is not added anew.")]
public sealed record ProductInactiveError(
    [property: Description("The ID given.")] string Id)
    : MutationError("PRODUCT_INACTIVE", $"Product '{InputEcho.Shorten(Id)}' is inactive and cannot be added to an account.");

[Description("The account already uses the product for part of the time asked.")]
public sealed record DuplicateAccountProductError(
    [property: Description("The product given.")] string ProductId)
    : MutationError("DUPLICATE_ACCOUNT_PRODUCT",
        $"The account already uses product '{InputEcho.Shorten(ProductId)}' for part of that time.");

[Description("No account product (a product an account uses) has the given ID.")]
public sealed record AccountProductNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("ACCOUNT_PRODUCT_NOT_FOUND", $"No account product has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The use of a product has already ended.")]
public sealed record AccountProductEndedError(
    [property: Description("The row's ID.")] string Id,
    [property: Description("When it ended.")] DateTime Until)
    : MutationError("ACCOUNT_PRODUCT_ENDED", $"The use of this product ended at {Until:O}; its history is kept as it is.");
