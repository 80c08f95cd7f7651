using System.Linq.Expressions;
using System.Reflection;
using GraphKam.GraphQL.Data;
using GraphQL.Types;
using static GraphKam.GraphQL.Filtering.Conditions;

namespace GraphKam.GraphQL.Filtering;

/// <summary>
/// HotChocolate's string operators. <c>eq</c>, <c>neq</c>, <c>in</c> and <c>nin</c> compare exactly;
/// <c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations ignore case (users search that way).
/// </summary>
public sealed class StringOperationFilterInput : OperationFilterInputType
{
    public StringOperationFilterInput() : base("StringOperationFilterInput", "Conditions on a text value; all given operators must hold.")
    {
        Operator<ListGraphType<NonNullGraphType<StringOperationFilterInput>>>("and", "All of these conditions must hold.");
        Operator<ListGraphType<NonNullGraphType<StringOperationFilterInput>>>("or", "At least one of these conditions must hold.");
        Operator<StringGraphType>("eq", "Equals exactly (case-sensitive). `eq: null` matches missing values.");
        Operator<StringGraphType>("neq", "Does not equal exactly (case-sensitive).");
        Operator<StringGraphType>("contains", "Contains this text, ignoring case.");
        Operator<StringGraphType>("ncontains", "Does not contain this text, ignoring case.");
        Operator<ListGraphType<StringGraphType>>("in", "Equals one of these values exactly.");
        Operator<ListGraphType<StringGraphType>>("nin", "Equals none of these values.");
        Operator<StringGraphType>("startsWith", "Starts with this text, ignoring case.");
        Operator<StringGraphType>("nstartsWith", "Does not start with this text, ignoring case.");
        Operator<StringGraphType>("endsWith", "Ends with this text, ignoring case.");
        Operator<StringGraphType>("nendsWith", "Does not end with this text, ignoring case.");
    }

    public override Expression Translate(string op, object? value, Expression member, string? nodeType) => op switch
    {
        "eq" => Equal(member, value),
        "neq" => NotEqual(member, value),
        "in" => In(member, Values(op, value)),
        "nin" => Not(In(member, Values(op, value))),
        "contains" => IgnoringCase(member, Conditions.Contains, NotNull(op, value)),
        "ncontains" => Negated(member, IgnoringCase(member, Conditions.Contains, NotNull(op, value))),
        "startsWith" => IgnoringCase(member, Conditions.StartsWith, NotNull(op, value)),
        "nstartsWith" => Negated(member, IgnoringCase(member, Conditions.StartsWith, NotNull(op, value))),
        "endsWith" => IgnoringCase(member, Conditions.EndsWith, NotNull(op, value)),
        "nendsWith" => Negated(member, IgnoringCase(member, Conditions.EndsWith, NotNull(op, value))),
        _ => throw Unknown(op),
    };

    // lower(column) against a lowered parameter: portable SQL (SQLite instr/substr, PostgreSQL strpos), and the
    // parameter keeps LIKE wildcards in user text from meaning anything.
    private static Expression IgnoringCase(Expression member, MethodInfo method, object value) =>
        Expression.Call(Expression.Call(member, ToLower), method, QueryParameter.For(((string)value).ToLowerInvariant()));

    // A missing value does not contain anything, so the negations match it.
    private static Expression Negated(Expression member, Expression condition) =>
        Expression.OrElse(Expression.Equal(member, Expression.Constant(null, typeof(string))), Expression.Not(condition));
}
