using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Products;

/// <summary>What a catalogue product must be, checked on the product as it would be saved.</summary>
public static class ProductRules
{
    public static List<MutationError> Validate(Product product)
    {
        var errors = new List<MutationError>();
        TextRules.Check(product.Code, "code", ProductLimits.CodeLength, errors, required: true);
        TextRules.Check(product.Name, "name", ProductLimits.NameLength, errors, required: true);
        TextRules.Check(product.Family, "family", ProductLimits.FamilyLength, errors, required: true);
        if (product.ListPrice is < 0 or > Money.Max)
            errors.Add(new OutOfRangeError("listPrice", 0, Money.MaxQuoted, (double)product.ListPrice));
        return errors;
    }
}
