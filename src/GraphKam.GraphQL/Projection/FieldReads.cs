using GraphQL.Builders;
using GraphQL.Types;

namespace GraphKam.GraphQL.Projection;

/// <summary>
/// What an entity field's resolver reads of its entity, for the fields whose name does not say it (see
/// <see cref="EntityProjection"/>). A field that declares nothing and is named after neither a column nor a
/// navigation makes the statement read whole rows again, which is always correct.
/// </summary>
public static class FieldReads
{
    internal const string MetadataKey = "GraphKam.Reads";

    /// <summary>The resolver reads these properties of its entity (its key and foreign keys are always read).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        params string[] properties)
    {
        field.FieldType.Reads(properties);
        return field;
    }

    /// <inheritdoc cref="Reads{TSource,TReturn}"/>
    public static FieldType Reads(this FieldType field, params string[] properties)
    {
        field.Metadata[MetadataKey] = properties;
        return field;
    }

    internal static string[]? Of(IFieldType field) => field.GetMetadata<string[]?>(MetadataKey);
}
