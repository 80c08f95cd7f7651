using GraphKam.GraphQL.Mutations;
using GraphQL.Types;

namespace GraphKam.Server.Products;

public sealed record CreateProductInput(string Code, string Name, string Family, decimal ListPrice, bool Active);

public sealed record UpdateProductInput(string Id, int Version, Optional<string?> Code, Optional<string?> Name,
    Optional<string?> Family, Optional<decimal?> ListPrice, Optional<bool?> Active);

public sealed record AddAccountProductInput(string AccountId, string ProductId, DateTime? Since, decimal MonthlyValue);

public sealed record EndAccountProductInput(string Id, int Version, DateTime? Until);

public sealed class CreateProductInputType : InputObjectGraphType
{
    public CreateProductInputType()
    {
        Name = "CreateProductInput";
        Description = "A new product of the catalogue.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Its short code, unique in the catalogue (trimmed; at most 40 characters).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name (at most 200 characters).");
        Field<NonNullGraphType<StringGraphType>>("family").Description("Its family (at most 100 characters).");
        Field<NonNullGraphType<DecimalGraphType>>("listPrice").Description("The list price per month, in yuan (0 or more).");
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("Whether it is sold.").DefaultValue(true);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateProductInput(
        value.Required<string>("code"), value.Required<string>("name"), value.Required<string>("family"),
        value.Required<decimal>("listPrice"), value.Required<bool>("active"));
}

public sealed class UpdateProductInputType : InputObjectGraphType
{
    public UpdateProductInputType()
    {
        Name = "UpdateProductInput";
        Description = "Changes to a catalogue product: leave out what stays.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The product.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<StringGraphType>("code").Description("Its new code, unique in the catalogue.");
        Field<StringGraphType>("name").Description("Its new name.");
        Field<StringGraphType>("family").Description("Its new family.");
        Field<DecimalGraphType>("listPrice").Description("Its new list price per month, in yuan.");
        Field<BooleanGraphType>("active").Description("Whether it is sold (false keeps it on the accounts that use it).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateProductInput(
        value.RequiredId("id"), value.Required<int>("version"), value.Read<string?>("code"), value.Read<string?>("name"),
        value.Read<string?>("family"), value.Read<decimal?>("listPrice"), value.Read<bool?>("active"));
}

public sealed class AddAccountProductInputType : InputObjectGraphType
{
    public AddAccountProductInputType()
    {
        Name = "AddAccountProductInput";
        Description = "A product an account starts using (or used since a date).";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<IdGraphType>>("productId").Description("The product (an active one).");
        Field<DateTimeGraphType>("since").Description("From when it uses it (may be in the past); now when omitted.");
        Field<NonNullGraphType<DecimalGraphType>>("monthlyValue").Description("What it pays for it per month, in yuan (0 or more).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AddAccountProductInput(
        value.RequiredId("accountId"), value.RequiredId("productId"), value.Get<DateTime?>("since"),
        value.Required<decimal>("monthlyValue"));
}

public sealed class EndAccountProductInputType : InputObjectGraphType
{
    public EndAccountProductInputType()
    {
        Name = "EndAccountProductInput";
        Description = "Ends an account's use of a product; the row stays in the account's product history.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The account product.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<DateTimeGraphType>("until").Description("The first instant it no longer uses it (after its start); now when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EndAccountProductInput(
        value.RequiredId("id"), value.Required<int>("version"), value.Get<DateTime?>("until"));
}
