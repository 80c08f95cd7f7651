using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphQL.Types;

namespace GraphKam.GraphQL.Sorting;

/// <summary>
/// Base of an entity's <c>…SortInput</c>: the subclass lists each sortable member explicitly; a client sends
/// <c>order: [{ name: ASC }, { parent: { name: DESC } }]</c> and gets the keys to order by, in that order.
/// </summary>
public abstract class SortInputType<T> : InputObjectGraphType
{
    private readonly Dictionary<string, Func<object?, Expression, IEnumerable<SortKey>>> _fields = [];

    protected SortInputType(string description)
    {
        Name = GetType().Name;
        Description = description;
    }

    public void Field<TValue>(string name, Expression<Func<T, TValue>> member, string description)
    {
        Field<SortEnumType>(name).Description(description);
        var canBeMissing = Nullability.CanBeNull(member.Body);
        _fields.Add(name, (value, entity) => [new SortKey(name, ParameterReplacer.Bind(member, entity), (SortDirection)value!, canBeMissing)]);
    }

    /// <summary>A related object, ordered by its own sort input (missing objects sort as missing values).</summary>
    public void Object<TSort, TOther>(string name, Expression<Func<T, TOther?>> navigation, string description)
        where TSort : SortInputType<TOther>
    {
        Field<TSort>(name).Description(description);
        _fields.Add(name, (value, entity) => ((SortValue)value!).Keys(ParameterReplacer.Bind(navigation, entity))
            .Select(key => key with { Path = $"{name}.{key.Path}", Key = AllowMissing(key.Key), CanBeMissing = true }));
    }

    // Through a missing related object even an int key reads NULL, so it is read as int?.
    private static Expression AllowMissing(Expression key) =>
        key.Type.IsValueType && Nullable.GetUnderlyingType(key.Type) == null
            ? Expression.Convert(key, typeof(Nullable<>).MakeGenericType(key.Type))
            : key;

    // GraphQL.NET hands the fields over in schema order; SortValue.InWrittenOrder restores the client's order.
    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SortValue(value.Where(p => p.Value != null)
            .Select(p => new SortField(p.Key, p.Value, _fields[p.Key])).ToList());
}

/// <summary>
/// One key to order by: a member path for cursors, its expression, its direction, and whether a row can lack a
/// value (only then does ordering need extra SQL, which also keeps an index on the column usable otherwise).
/// </summary>
public sealed record SortKey(string Path, Expression Key, SortDirection Direction, bool CanBeMissing);

/// <summary>
/// The parsed value of one <c>…SortInput</c> object; several fields in one object apply in the order the client
/// wrote them (as in HotChocolate), once <see cref="InWrittenOrder"/> has put them back in that order.
/// </summary>
public sealed class SortValue(IReadOnlyList<SortField> fields)
{
    public IEnumerable<SortKey> Keys(Expression entity) =>
        fields.SelectMany(field => field.Translate(field.Value, entity));

    /// <summary>
    /// The same sort with its fields (and those of nested objects) in the order of <paramref name="written"/>;
    /// fields it does not name keep their place after those it does.
    /// </summary>
    public SortValue InWrittenOrder(WrittenFields? written)
    {
        if (written == null) return this;
        return new SortValue(fields
            .OrderBy(field => written.IndexOf(field.Name))
            .Select(field => field.Value is SortValue nested
                ? field with { Value = nested.InWrittenOrder(written.Nested(field.Name)) }
                : field)
            .ToList());
    }

    /// <summary>A sort on one member, for a field's default order.</summary>
    public static SortValue By<T, TValue>(Expression<Func<T, TValue>> member, SortDirection direction)
    {
        var canBeMissing = Nullability.CanBeNull(member.Body);
        var path = member.Body is MemberExpression m ? char.ToLowerInvariant(m.Member.Name[0]) + m.Member.Name[1..] : "default";
        return new SortValue([new SortField(path, direction,
            (_, entity) => [new SortKey(path, ParameterReplacer.Bind(member, entity), direction, canBeMissing)])]);
    }
}

/// <summary>One field of a sort object: its name, its value (a direction or a nested sort) and how it orders.</summary>
public sealed record SortField(string Name, object? Value, Func<object?, Expression, IEnumerable<SortKey>> Translate);
