using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Data;

namespace GraphKam.Server.Products;

public sealed class ProductFilterInput : FilterInputType<Product>
{
    public ProductFilterInput() : base("Conditions on catalogue products, e.g. `family: { eq: \"IDC hosting\" }, active: { eq: true }`.")
    {
        Id("id", p => p.Id, "Product", "The product's ID.");
        Field("code", p => p.Code, "The product's code.");
        Field("name", p => p.Name, "The product's name.");
        Field("family", p => p.Family, "The product family.");
        Field("active", p => p.Active, "Whether it is still sold.");
        Field("listPrice", p => p.ListPrice, "The list price per month, in yuan.");
    }
}

public sealed class ProductSortInput : SortInputType<Product>
{
    public ProductSortInput() : base("Sort keys for catalogue products (by family, then name, when no order is given).")
    {
        Field("code", p => p.Code, "By code.");
        Field("name", p => p.Name, "By name.");
        Field("family", p => p.Family, "By family.");
        Field("active", p => p.Active, "By whether it is sold, inactive first when ascending.");
        Field("listPrice", p => p.ListPrice, "By list price.");
    }
}
