using GraphQL.Builders;
using GraphQL.Types;

namespace GraphKam.GraphQL.Setup;

/// <summary>
/// The declared cost of a field that reads many rows to answer (an aggregate or a ranking): counted by the
/// complexity analysis in place of the default cost of one, so that a document asking for many of them exceeds
/// <c>MaxComplexity</c> and the caller's cost allowance.
/// </summary>
public static class FieldCost
{
    internal const string MetadataKey = "GraphKam.ScanCost";

    /// <param name="rows">Rows the field reads, as estimated for a large installation: its cost.</param>
    public static FieldBuilder<TSource, TReturn> ScanCost<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        double rows)
    {
        field.FieldType.ScanCost(rows);
        return field;
    }

    /// <inheritdoc cref="ScanCost{TSource,TReturn}"/>
    public static FieldType ScanCost(this FieldType field, double rows)
    {
        field.Metadata[MetadataKey] = rows;
        return field;
    }

    internal static double? Of(IFieldType field) => field.GetMetadata<double?>(MetadataKey);
}
