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
        Text(product.Code, "code", ProductLimits.CodeLength, errors);
        Text(product.Name, "name", ProductLimits.NameLength, errors);
        Text(product.Family, "family", ProductLimits.FamilyLength, errors);
        if (product.ListPrice is < 0 or > Money.Max)
            errors.Add(new OutOfRangeError("listPrice", 0, Money.MaxQuoted, (double)product.ListPrice));
        return errors;
    }

    private static void Text(string value, string field, int maxLength, List<MutationError> errors)
    {
        if (value.Length == 0) errors.Add(new RequiredValueError(field));
        else if (value.Length > maxLength) errors.Add(new TooLongError(field, maxLength));
    }
}
