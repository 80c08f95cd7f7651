namespace GraphKam.Server.Products;

/// <summary>The lengths of a product's texts (its columns' sizes).</summary>
public static class ProductLimits
{
    public const int CodeLength = 40, NameLength = 200, FamilyLength = 100;
}
