using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Products;

public sealed class ProductType : NodeGraphType<Product>
{
    public ProductType() : base("Product", "A product of the catalogue (产品目录): what the company sells, by family, at a list price.")
    {
        Field(p => p.Code).Description("The product's short code, unique in the catalogue.");
        Field(p => p.Name).Description("The product's name.");
        Field(p => p.Family).Description("The product family, e.g. `Mobile cloud`.");
        Field(p => p.ListPrice, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The list price per month, in yuan.");
        Field(p => p.Active).Description("Whether it is still sold (an inactive product is not added to accounts anew).");
        Field(p => p.CreatedAt).Description("When it was created (UTC).");
        Field(p => p.UpdatedAt).Description("When it last changed (UTC).");
        Field(p => p.Version).Description("Changes with every update; send it back to detect concurrent changes.");
    }
}

public sealed class AccountProductType : ObjectType<AccountProduct>
{
    public const string TypeName = "AccountProduct";

    public AccountProductType()
    {
        Name = TypeName;
        Description = "A product an account uses, for a time, at a monthly value (the company's own record: not for partners).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The row's ID.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<NonNullGraphType<ProductType>>("product").Description("The product.").Resolve(c => c.LoadById<Product>(c.Source.ProductId));
        Field(p => p.Since).Description("From when the account uses it (UTC).");
        Field(p => p.Until, nullable: true).Description("The first instant it no longer uses it (UTC); null while in use.");
        Field(p => p.MonthlyValue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("What the account pays for it per month, in yuan.");
        Field<NonNullGraphType<StringGraphType>>("addedBy").Description("Who recorded it.").ResolveActor(p => p.AddedBy);
        Field<StringGraphType>("endedBy").Description("Who ended it; null while in use.").ResolveActor(p => p.EndedBy);
        Field(p => p.Version).Description("The version to send back when ending it.");
    }
}
