using System.Globalization;
using System.Linq.Expressions;
using GraphQL.Types;
using static GraphKam.GraphQL.Filtering.Conditions;

namespace GraphKam.GraphQL.Filtering;

/// <summary>
/// HotChocolate's comparable operators for one scalar (<c>IntOperationFilterInput</c>,
/// <c>DecimalOperationFilterInput</c>, …). The value is converted to the member's own type, so a
/// <c>Decimal</c> money filter meets the money column's value converter in SQL.
/// </summary>
public class ComparableOperationFilterInput<TScalar> : OperationFilterInputType where TScalar : ScalarGraphType
{
    public ComparableOperationFilterInput(string scalarName)
        : base($"{scalarName}OperationFilterInput", $"Conditions on a {scalarName} value; all given operators must hold.")
    {
        Operator<TScalar>("eq", "Equals. `eq: null` matches missing values.");
        Operator<TScalar>("neq", "Does not equal.");
        Operator<ListGraphType<TScalar>>("in", "Equals one of these values.");
        Operator<ListGraphType<TScalar>>("nin", "Equals none of these values.");
        Operator<TScalar>("gt", "Greater than.");
        Operator<TScalar>("ngt", "Not greater than.");
        Operator<TScalar>("gte", "Greater than or equal to.");
        Operator<TScalar>("ngte", "Not greater than or equal to.");
        Operator<TScalar>("lt", "Less than.");
        Operator<TScalar>("nlt", "Not less than.");
        Operator<TScalar>("lte", "Less than or equal to.");
        Operator<TScalar>("nlte", "Not less than or equal to.");
    }

    public override Expression Translate(string op, object? value, Expression member, string? nodeType) => op switch
    {
        "eq" => Equal(member, As(member, value)),
        "neq" => NotEqual(member, As(member, value)),
        "in" => In(member, Values(op, value).Select(v => As(member, v))),
        "nin" => Not(In(member, Values(op, value).Select(v => As(member, v)))),
        "gt" => Compare(member, As(member, NotNull(op, value)), ExpressionType.GreaterThan),
        "ngt" => Not(Compare(member, As(member, NotNull(op, value)), ExpressionType.GreaterThan)),
        "gte" => Compare(member, As(member, NotNull(op, value)), ExpressionType.GreaterThanOrEqual),
        "ngte" => Not(Compare(member, As(member, NotNull(op, value)), ExpressionType.GreaterThanOrEqual)),
        "lt" => Compare(member, As(member, NotNull(op, value)), ExpressionType.LessThan),
        "nlt" => Not(Compare(member, As(member, NotNull(op, value)), ExpressionType.LessThan)),
        "lte" => Compare(member, As(member, NotNull(op, value)), ExpressionType.LessThanOrEqual),
        "nlte" => Not(Compare(member, As(member, NotNull(op, value)), ExpressionType.LessThanOrEqual)),
        _ => throw Unknown(op),
    };

    /// <summary>Converts a GraphQL value to the member's type; instants are compared in UTC, as they are stored.</summary>
    private static object? As(Expression member, object? value)
    {
        if (value == null) return null;
        var target = System.Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        return value switch
        {
            DateTime instant when target == typeof(DateTime) => instant.Kind == DateTimeKind.Unspecified
                ? DateTime.SpecifyKind(instant, DateTimeKind.Utc)
                : instant.ToUniversalTime(),
            DateTimeOffset instant when target == typeof(DateTime) => instant.UtcDateTime,
            _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        };
    }
}

public sealed class IntOperationFilterInput() : ComparableOperationFilterInput<IntGraphType>("Int");
public sealed class DecimalOperationFilterInput() : ComparableOperationFilterInput<DecimalGraphType>("Decimal");
public sealed class FloatOperationFilterInput() : ComparableOperationFilterInput<FloatGraphType>("Float");
public sealed class DateTimeOperationFilterInput() : ComparableOperationFilterInput<DateTimeGraphType>("DateTime");
