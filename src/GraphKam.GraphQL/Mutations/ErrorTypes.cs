using System.Collections;
using System.ComponentModel;
using System.Reflection;
using GraphKam.GraphQL.Schema;
using GraphQL.Types;

namespace GraphKam.GraphQL.Mutations;

/// <summary>The <c>Error</c> interface every payload error implements, as in HotChocolate.</summary>
public sealed class ErrorInterface : InterfaceGraphType
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "Why a mutation changed nothing. Match on `__typename` (or `code`) to handle each case.";
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words for people.");
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("A stable code for programs (GraphKam adds it to HotChocolate's `Error`).");
    }
}

/// <summary>
/// The GraphQL type of a payload error, made from its declaration alone: the error record's name, its
/// <see cref="DescriptionAttribute"/>, and one field per positional property (camelCase, described by the property's
/// own <see cref="DescriptionAttribute"/>, nullable where the property is). So an error is declared once, as a record.
/// </summary>
public sealed class ErrorGraphType<TError> : ObjectType<TError> where TError : MutationError
{
    public ErrorGraphType()
    {
        Name = typeof(TError).Name;
        Description = typeof(TError).GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException($"Describe the error {typeof(TError).Name} with [Description].");
        Interface<ErrorInterface>();
        IsTypeOf = value => value is TError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words for people.")
            .Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Description("A stable code for programs.").Resolve(c => c.Source.Code);
        foreach (var property in ErrorFields.Of(typeof(TError)))
        {
            Func<object?, object?> read = property.GetValue;
            AddField(new FieldType
            {
                Name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..],
                Description = property.GetCustomAttribute<DescriptionAttribute>()?.Description
                    ?? throw new InvalidOperationException(
                        $"Describe {typeof(TError).Name}.{property.Name} with [property: Description]."),
                Type = ErrorFields.GraphTypeOf(property),
                Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(c => read(c.Source)),
            });
        }
    }
}

/// <summary>How an error record's properties become fields.</summary>
internal static class ErrorFields
{
    /// <summary>The positional properties of the record, in declaration order (the base's code and message excluded).</summary>
    public static IEnumerable<PropertyInfo> Of(Type error)
    {
        var constructor = error.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.GetParameters().Select(p => error.GetProperty(p.Name!)
            ?? throw new InvalidOperationException($"{error.Name}({p.Name}) is not a property."));
    }

    /// <summary>The field's GraphQL type; enums by their C# type, which the schema maps to their <c>EnumType</c>.</summary>
    public static Type GraphTypeOf(PropertyInfo property)
    {
        // A new context each time: NullabilityInfoContext is not thread-safe, and servers build schemas in parallel.
        var nullable = new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
        var graphType = Named(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
        return nullable ? graphType : typeof(NonNullGraphType<>).MakeGenericType(graphType);
    }

    private static Type Named(Type type) => type switch
    {
        _ when type == typeof(string) => typeof(StringGraphType),
        _ when type == typeof(int) => typeof(IntGraphType),
        _ when type == typeof(double) => typeof(FloatGraphType),
        _ when type == typeof(decimal) => typeof(DecimalGraphType),
        _ when type == typeof(bool) => typeof(BooleanGraphType),
        _ when type == typeof(DateTime) => typeof(DateTimeGraphType),
        { IsEnum: true } => typeof(GraphQLClrOutputTypeReference<>).MakeGenericType(type),
        _ when typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType =>
            typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(Named(type.GetGenericArguments()[0]))),
        _ => throw new InvalidOperationException($"Error fields of type {type.Name} are not supported."),
    };
}
