using System.Linq.Expressions;
using System.Reflection;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Schema;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using static GraphKam.GraphQL.Filtering.Conditions;

namespace GraphKam.GraphQL.Filtering;

/// <summary>
/// HotChocolate's string operators. <c>eq</c>, <c>neq</c>, <c>in</c> and <c>nin</c> compare exactly;
/// <c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations ignore case (users search that way)
/// unless <see cref="ConventionOptions.CaseInsensitiveTextFilters"/> is turned off.
/// </summary>
public sealed class StringOperationFilterInput : OperationFilterInputType
{
    private readonly bool _ignoreCase;

    /// <summary>With the default conventions; the container uses the configured ones.</summary>
    public StringOperationFilterInput() : this(Options.Create(new ConventionOptions())) { }

    public StringOperationFilterInput(IOptions<ConventionOptions> options)
        : base("StringOperationFilterInput", "Conditions on a text value; all given operators must hold.")
    {
        _ignoreCase = options.Value.CaseInsensitiveTextFilters;
        var casing = _ignoreCase ? ", ignoring case" : " (case-sensitive)";
        Operator<ListGraphType<NonNullGraphType<StringOperationFilterInput>>>("and", "All of these conditions must hold.");
        Operator<ListGraphType<NonNullGraphType<StringOperationFilterInput>>>("or", "At least one of these conditions must hold.");
        Operator<StringGraphType>("eq", "Equals exactly (case-sensitive). `eq: null` matches missing values.");
        Operator<StringGraphType>("neq", "Does not equal exactly (case-sensitive).");
        Operator<StringGraphType>("contains", $"Contains this text{casing}.");
        Operator<StringGraphType>("ncontains", $"Does not contain this text{casing}.");
        Operator<ListGraphType<StringGraphType>>("in", "Equals one of these values exactly.");
        Operator<ListGraphType<StringGraphType>>("nin", "Equals none of these values.");
        Operator<StringGraphType>("startsWith", $"Starts with this text{casing}.");
        Operator<StringGraphType>("nstartsWith", $"Does not start with this text{casing}.");
        Operator<StringGraphType>("endsWith", $"Ends with this text{casing}.");
        Operator<StringGraphType>("nendsWith", $"Does not end with this text{casing}.");
    }

    public override Expression Translate(string op, object? value, Expression member, string? nodeType) => op switch
    {
        "eq" => Equal(member, value),
        "neq" => NotEqual(member, value),
        "in" => In(member, Values(op, value)),
        "nin" => Not(In(member, Values(op, value))),
        "contains" => TextMatch(member, Conditions.Contains, NotNull(op, value)),
        "ncontains" => Negated(member, TextMatch(member, Conditions.Contains, NotNull(op, value))),
        "startsWith" => TextMatch(member, Conditions.StartsWith, NotNull(op, value)),
        "nstartsWith" => Negated(member, TextMatch(member, Conditions.StartsWith, NotNull(op, value))),
        "endsWith" => TextMatch(member, Conditions.EndsWith, NotNull(op, value)),
        "nendsWith" => Negated(member, TextMatch(member, Conditions.EndsWith, NotNull(op, value))),
        _ => throw Unknown(op),
    };

    // Ignoring case: lower(column) against a lowered parameter, portable SQL (SQLite instr/substr, PostgreSQL
    // strpos). Either way the parameter keeps LIKE wildcards in user text from meaning anything.
    private MethodCallExpression TextMatch(Expression member, MethodInfo method, object value) => _ignoreCase
        ? Expression.Call(Expression.Call(member, ToLower), method,
            QueryParameter.For(((string)value).ToLowerInvariant()))
        : Expression.Call(member, method, QueryParameter.For((string)value));

    // A missing value does not contain anything, so the negations match it.
    private static BinaryExpression Negated(Expression member, Expression condition) =>
        Expression.OrElse(Expression.Equal(member, Expression.Constant(null, typeof(string))), Expression.Not(condition));
}
