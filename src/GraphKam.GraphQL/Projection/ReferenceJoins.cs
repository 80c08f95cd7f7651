using GraphQL.Types;

namespace GraphKam.GraphQL.Projection;

/// <summary>
/// Fields that resolve to the entity a reference navigation points at (<c>owner</c> → <c>Owner</c>) and accept it
/// read with their parent (see <see cref="EntityProjection"/>): the parent's statement then joins the referenced
/// row's selected columns instead of a second statement loading it by key.
/// </summary>
public static class ReferenceJoins
{
    private const string MetadataKey = "GraphKam.JoinsReference";

    /// <summary>The field resolves to what navigation <paramref name="navigation"/> of its entity points at.</summary>
    public static FieldType JoinsReference(this FieldType field, string navigation)
    {
        field.Metadata[MetadataKey] = navigation;
        return field;
    }

    /// <summary>The navigation the field resolves through, when it accepts the referenced row read with its parent.</summary>
    public static string? Of(IFieldType field) => field.GetMetadata<string?>(MetadataKey);
}
