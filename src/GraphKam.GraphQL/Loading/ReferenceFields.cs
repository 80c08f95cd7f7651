using System.Linq.Expressions;
using System.Reflection;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphQL.Builders;

namespace GraphKam.GraphQL.Loading;

/// <summary>Fields that resolve to the entity a reference navigation of their parent points at.</summary>
public static class ReferenceFields
{
    /// <summary>
    /// Resolves the field to what <paramref name="navigation"/> points at: the row the parent's statement joined
    /// (<see cref="ReferenceJoins"/>) when it did, else the entity with key <paramref name="key"/>, loaded in a batch.
    /// </summary>
    /// <remarks>
    /// The joined row is taken only when its key is the parent's foreign key: a parent from elsewhere (a mutation's
    /// tracked entity) may carry a navigation that no longer matches.
    /// </remarks>
    public static FieldBuilder<TSource, object> ResolvesTo<TSource, T>(this FieldBuilder<TSource, object> field,
        Expression<Func<TSource, T?>> navigation, Func<TSource, int?> key) where T : class, IEntity
    {
        if (navigation.Body is not MemberExpression { Member: PropertyInfo property })
            throw new ArgumentException("Give the navigation property itself, e.g. a => a.Owner.", nameof(navigation));
        field.FieldType.JoinsReference(property.Name);
        var joined = navigation.Compile();
        return field.Resolve(c => key(c.Source) is not { } id ? null
            : joined(c.Source) is { } row && row.Id == id ? row
            : c.LoadById<T>(id));
    }
}
