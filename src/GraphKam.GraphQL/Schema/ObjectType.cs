using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// Base for output object types: a field declared as <c>Field(x =&gt; x.Property)</c> reads the property through its
/// getter. GraphQL.NET compiles each such expression into a resolver, which was half the cost of building the schema
/// (hundreds of compilations at every start, before the first answer); a delegate on the getter is made at once and
/// runs as fast. The field's name and type are inferred as GraphQL.NET infers them (the schema snapshot holds them);
/// anything but a plain property of the source keeps GraphQL.NET's compiled resolver.
/// </summary>
public abstract class ObjectType<T> : ObjectGraphType<T>
{
    public override FieldBuilder<T, TProperty> Field<TProperty>(Expression<Func<T, TProperty>> expression) =>
        PropertyField(null, expression, null, null) ?? base.Field(expression);

    public override FieldBuilder<T, TProperty> Field<TProperty>(Expression<Func<T, TProperty>> expression, bool nullable) =>
        PropertyField(null, expression, nullable, null) ?? base.Field(expression, nullable);

    public override FieldBuilder<T, TProperty> Field<TProperty>(Expression<Func<T, TProperty>> expression, Type type) =>
        PropertyField(null, expression, null, type) ?? base.Field(expression, type);

    public override FieldBuilder<T, TProperty> Field<TProperty>(string name, Expression<Func<T, TProperty>> expression) =>
        PropertyField(name, expression, null, null) ?? base.Field(name, expression);

    public override FieldBuilder<T, TProperty> Field<TProperty>(string name, Expression<Func<T, TProperty>> expression, bool nullable) =>
        PropertyField(name, expression, nullable, null) ?? base.Field(name, expression, nullable);

    public override FieldBuilder<T, TProperty> Field<TProperty>(string name, Expression<Func<T, TProperty>> expression, Type type) =>
        PropertyField(name, expression, null, type) ?? base.Field(name, expression, type);

    private FieldBuilder<T, TProperty>? PropertyField<TProperty>(string? name, Expression<Func<T, TProperty>> expression,
        bool? nullable, Type? type)
    {
        if (PlainProperty(expression) is not { } property) return null;
        type ??= nullable is { } isNullable
            ? typeof(TProperty).GetGraphTypeFromType(isNullable, TypeMappingMode.OutputType)
            : new TypeInformation(property, false).ConstructGraphType(); // nullability from the property's annotations
        var getter = property.GetMethod!.CreateDelegate<Func<T, TProperty>>();
        var builder = CreateBuilder<TProperty>(name ?? property.Name, type).Resolve(new PropertyResolver<TProperty>(getter));
        builder.FieldType.Metadata["ORIGINAL_EXPRESSION_PROPERTY_NAME"] = property.Name; // as GraphQL.NET records it
        AddField(builder.FieldType);
        return builder;
    }

    /// <summary>
    /// The property of <c>x =&gt; x.Property</c>: public, of an instance, with a getter, of the expression's type, and
    /// without the attributes GraphQL.NET reads from it (description, deprecation, default value); else null.
    /// </summary>
    private static PropertyInfo? PlainProperty<TProperty>(Expression<Func<T, TProperty>> expression) =>
        expression.Body is MemberExpression { Member: PropertyInfo { GetMethod: { IsStatic: false, IsPublic: true } } property } member
        && member.Expression == expression.Parameters[0] && property.PropertyType == typeof(TProperty)
        && property.DeclaringType is { IsInterface: false }
        && !property.IsDefined(typeof(ObsoleteAttribute)) && !property.IsDefined(typeof(System.ComponentModel.DescriptionAttribute))
        && !property.IsDefined(typeof(System.ComponentModel.DefaultValueAttribute))
            ? property
            : null;

    private sealed class PropertyResolver<TProperty>(Func<T, TProperty> getter) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(getter((T)context.Source!));
    }
}
