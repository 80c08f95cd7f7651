using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Products;

public sealed class ProductMutations : IMutationFields
{
    private static readonly (string, string) ChangedProduct = ("product", "The product as saved; null when nothing changed.");
    private static readonly (string, string) ChangedUse = ("accountProduct", "The account product as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateProductInputType, ProductType>("createProduct",
            "Adds a product to the catalogue (managers only).", ChangedProduct, CreateProduct.Errors,
            c => MutationScope.RunAsync<CreateProductInput>(c, CreateProduct.HandleAsync))
            .RequireRoles(Roles.Managers);
        mutation.AddMutation<UpdateProductInputType, ProductType>("updateProduct",
            "Changes a catalogue product (managers only); an inactive product stays on the accounts that use it.",
            ChangedProduct, UpdateProduct.Errors,
            c => MutationScope.RunAsync<UpdateProductInput>(c, UpdateProduct.HandleAsync))
            .RequireRoles(Roles.Managers);
        // Staff may call them; the row's write rule then allows the account's owner, its team and managers.
        mutation.AddMutation<AddAccountProductInputType, AccountProductType>("addAccountProduct",
            "Records that an account uses a product; its `productsInUse` is recounted and its tiers regraded.",
            ChangedUse, AddAccountProduct.Errors,
            c => MutationScope.RunAsync<AddAccountProductInput, AccountChanges>(c, AddAccountProduct.HandleAsync))
            .RequireRoles(Roles.Internal);
        mutation.AddMutation<EndAccountProductInputType, AccountProductType>("endAccountProduct",
            "Ends an account's use of a product (now, or at `until`); its `productsInUse` is recounted and its tiers regraded.",
            ChangedUse, EndAccountProduct.Errors,
            c => MutationScope.RunAsync<EndAccountProductInput, AccountChanges>(c, EndAccountProduct.HandleAsync))
            .RequireRoles(Roles.Internal);
    }
}
