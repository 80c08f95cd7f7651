using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Products;

public sealed class ProductQueries : IQueryFields
{
    /// <summary>The catalogue as it is read: by family, then name.</summary>
    public static readonly IReadOnlyList<SortValue> ByFamilyAndName =
    [
        SortValue.By<Product, string>(p => p.Family, SortDirection.Asc),
        SortValue.By<Product, string>(p => p.Name, SortDirection.Asc),
        SortValue.By<Product, int>(p => p.Id, SortDirection.Asc),
    ];

    public void AddTo(ObjectGraphType query) =>
        // Reference data: every signed-in caller, partners included, reads the catalogue.
        query.AddConnection<Product, ProductType, ProductFilterInput, ProductSortInput>("products",
            "products of the catalogue, by family and name (inactive ones included: filter on `active`)",
            (_, db) => db.Set<Product>(), new ConnectionOptions<Product> { DefaultOrder = ByFamilyAndName });
}
