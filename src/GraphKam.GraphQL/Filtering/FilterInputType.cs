using System.Linq.Expressions;
using GraphQL.Types;

namespace GraphKam.GraphQL.Filtering;

/// <summary>
/// Base of an entity's <c>…FilterInput</c>, named and shaped as HotChocolate names and shapes it: the subclass lists
/// each filterable member explicitly (nothing is exposed that was not chosen) and this base turns the client's value
/// into one LINQ predicate that EF Core translates to SQL.
/// </summary>
public abstract class FilterInputType<T> : InputObjectGraphType
{
    private readonly Dictionary<string, IFilterField> _fields = [];

    protected FilterInputType(string description)
    {
        Name = GetType().Name;
        Description = description;
        var self = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(Name)));
        Field("and", self).Description("All of these filters must hold.");
        Field("or", self).Description("At least one of these filters must hold.");
    }

    /// <summary>A text, number, money, instant or boolean member; the operation input follows from its type.</summary>
    public void Field<TValue>(string name, Expression<Func<T, TValue>> member, string description) =>
        Add(name, ScalarOperationInputs.For(typeof(TValue)), new ScalarFilterField(member), description);

    /// <summary>An enum member, filtered with <c>{Enum}OperationFilterInput</c>.</summary>
    public void Enum<TEnumType, TValue>(string name, Expression<Func<T, TValue>> member, string description)
        where TEnumType : EnumerationGraphType, new() =>
        Add(name, typeof(EnumOperationFilterInput<TEnumType>), new ScalarFilterField(member), description);

    /// <summary>A key member filtered by global IDs of <paramref name="nodeType"/>.</summary>
    public void Id<TValue>(string name, Expression<Func<T, TValue>> key, string nodeType, string description) =>
        Add(name, typeof(IdOperationFilterInput), new ScalarFilterField(key, nodeType), description);

    /// <summary>A related object, filtered by its own filter input.</summary>
    public void Object<TFilter, TOther>(string name, Expression<Func<T, TOther?>> navigation, string description)
        where TFilter : FilterInputType<TOther> =>
        Add(name, typeof(TFilter), new ObjectFilterField(navigation), description);

    /// <summary>A collection, filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public void List<TFilter, TItem>(string name, Expression<Func<T, IEnumerable<TItem>>> collection, string description)
        where TFilter : FilterInputType<TItem> =>
        Add(name, typeof(ListFilterInputType<TFilter>), new ListFilterField(collection, typeof(TItem)), description);

    /// <summary>A list of text or number values (such as regions), filtered with <c>some</c>, <c>all</c>, <c>none</c>, <c>any</c>.</summary>
    public void ScalarList<TValue>(string name, Expression<Func<T, IEnumerable<TValue>>> collection, string description) =>
        Add(name, typeof(ListOperationFilterInputType<>).MakeGenericType(ScalarOperationInputs.For(typeof(TValue))),
            new ListFilterField(collection, typeof(TValue)), description);

    /// <summary>A list of enum values, filtered as <see cref="ScalarList{TValue}"/>.</summary>
    public void EnumList<TEnumType, TValue>(string name, Expression<Func<T, IEnumerable<TValue>>> collection, string description)
        where TEnumType : EnumerationGraphType, new() =>
        Add(name, typeof(ListOperationFilterInputType<EnumOperationFilterInput<TEnumType>>), new ListFilterField(collection, typeof(TValue)), description);

    private void Add(string name, Type inputType, IFilterField field, string description)
    {
        Field(name, inputType).Description(description);
        _fields.Add(name, field);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new FilterValue(_fields, value.ToList());
}

/// <summary>HotChocolate's <c>ListFilterInputTypeOf{X}FilterInput</c>.</summary>
public sealed class ListFilterInputType<TFilter> : InputObjectGraphType where TFilter : InputObjectGraphType
{
    public ListFilterInputType()
    {
        Name = $"ListFilterInputTypeOf{typeof(TFilter).Name}";
        Description = "Conditions on a list of related objects.";
        Field<TFilter>("all").Description("Every item matches this filter (true for an empty list).");
        Field<TFilter>("none").Description("No item matches this filter.");
        Field<TFilter>("some").Description("At least one item matches this filter.");
        Field<BooleanGraphType>("any").Description("`true`: the list has items; `false`: it is empty.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ListFilterValue(value.ToList());
}

/// <summary>HotChocolate's <c>List{X}OperationFilterInput</c>: conditions on a list of scalar values.</summary>
public sealed class ListOperationFilterInputType<TOperation> : InputObjectGraphType where TOperation : InputObjectGraphType, new()
{
    public ListOperationFilterInputType()
    {
        Name = $"List{new TOperation().Name}";
        Description = "Conditions on a list of values.";
        Field<TOperation>("all").Description("Every value matches this condition (true for an empty list).");
        Field<TOperation>("none").Description("No value matches this condition.");
        Field<TOperation>("some").Description("At least one value matches this condition.");
        Field<BooleanGraphType>("any").Description("`true`: the list has values; `false`: it is empty.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ListFilterValue(value.ToList());
}

/// <summary>Which operation input filters a scalar member of a given CLR type.</summary>
internal static class ScalarOperationInputs
{
    public static Type For(Type member) => (Nullable.GetUnderlyingType(member) ?? member) switch
    {
        var t when t == typeof(string) => typeof(StringOperationFilterInput),
        var t when t == typeof(int) || t == typeof(long) || t == typeof(short) => typeof(IntOperationFilterInput),
        var t when t == typeof(decimal) => typeof(DecimalOperationFilterInput),
        var t when t == typeof(double) || t == typeof(float) => typeof(FloatOperationFilterInput),
        var t when t == typeof(DateTime) => typeof(DateTimeOperationFilterInput),
        var t when t == typeof(bool) => typeof(BooleanOperationFilterInput),
        _ => throw new NotSupportedException($"No operation filter input for members of type {member}; declare it explicitly."),
    };
}
