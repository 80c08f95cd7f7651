using System.Linq.Expressions;
using GraphKam.GraphQL.Errors;
using GraphQL.Types;

namespace GraphKam.GraphQL.Filtering;

/// <summary>
/// Base of the operation inputs (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, …): declares
/// operators as input fields and parses a value into an <see cref="OperationFilter"/>.
/// </summary>
public abstract class OperationFilterInputType : InputObjectGraphType, IOperationTranslator
{
    protected OperationFilterInputType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    protected void Operator<TGraphType>(string name, string description) where TGraphType : IGraphType =>
        Field<TGraphType>(name).Description(description);

    public override object ParseDictionary(IDictionary<string, object?> value) => new OperationFilter(this, value.ToList());

    public abstract Expression Translate(string op, object? value, Expression member, string? nodeType);

    protected static object NotNull(string op, object? value) =>
        value ?? throw new CodedError(ErrorCodes.InvalidFilter, $"The `{op}` operator needs a value; use `eq: null` to match missing values.");

    protected static List<object?> Values(string op, object? value) =>
        value is System.Collections.IEnumerable list and not string
            ? list.Cast<object?>().ToList()
            : throw new CodedError(ErrorCodes.InvalidFilter, $"The `{op}` operator needs a list.");

    protected static CodedError Unknown(string op) => new(ErrorCodes.InvalidFilter, $"Unknown filter operator `{op}`.");
}
