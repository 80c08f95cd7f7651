using System.Linq.Expressions;
using GraphKam.GraphQL.Relay;
using GraphQL.Types;
using static GraphKam.GraphQL.Filtering.Conditions;

namespace GraphKam.GraphQL.Filtering;

/// <summary>HotChocolate's <c>BooleanOperationFilterInput</c>: <c>eq</c> and <c>neq</c>.</summary>
public sealed class BooleanOperationFilterInput : OperationFilterInputType
{
    public BooleanOperationFilterInput() : base("BooleanOperationFilterInput", "Conditions on a true/false value.")
    {
        Operator<BooleanGraphType>("eq", "Equals.");
        Operator<BooleanGraphType>("neq", "Does not equal.");
    }

    public override Expression Translate(string op, object? value, Expression member, string? nodeType) => op switch
    {
        "eq" => Equal(member, value),
        "neq" => NotEqual(member, value),
        _ => throw Unknown(op),
    };
}

/// <summary>HotChocolate's enum operators (<c>IndustryOperationFilterInput</c>, …): eq, neq, in, nin.</summary>
public sealed class EnumOperationFilterInput<TEnumType> : OperationFilterInputType where TEnumType : EnumerationGraphType, new()
{
    public EnumOperationFilterInput() : this(new TEnumType().Name) { }

    private EnumOperationFilterInput(string enumName) : base($"{enumName}OperationFilterInput", $"Conditions on a {enumName} value.")
    {
        Operator<TEnumType>("eq", "Equals. `eq: null` matches missing values.");
        Operator<TEnumType>("neq", "Does not equal.");
        Operator<ListGraphType<NonNullGraphType<TEnumType>>>("in", "Equals one of these values.");
        Operator<ListGraphType<NonNullGraphType<TEnumType>>>("nin", "Equals none of these values.");
    }

    public override Expression Translate(string op, object? value, Expression member, string? nodeType) => op switch
    {
        "eq" => Equal(member, value),
        "neq" => NotEqual(member, value),
        "in" => In(member, Values(op, value)),
        "nin" => Not(In(member, Values(op, value))),
        _ => throw Unknown(op),
    };
}

/// <summary>
/// HotChocolate's <c>IdOperationFilterInput</c> over global IDs: each value must be an ID of the filtered type,
/// otherwise the filter is rejected with INVALID_ID rather than silently matching nothing.
/// </summary>
public sealed class IdOperationFilterInput : OperationFilterInputType
{
    public IdOperationFilterInput() : base("IdOperationFilterInput", "Conditions on a global ID.")
    {
        Operator<IdGraphType>("eq", "Equals. `eq: null` matches a missing reference.");
        Operator<IdGraphType>("neq", "Does not equal.");
        // [ID] as in HotChocolate, so that variables declared from its schema fit; a null item means "no reference".
        Operator<ListGraphType<IdGraphType>>("in", "Equals one of these IDs; `null` stands for a missing reference.");
        Operator<ListGraphType<IdGraphType>>("nin", "Equals none of these IDs; `null` stands for a missing reference.");
    }

    public override Expression Translate(string op, object? value, Expression member, string? nodeType)
    {
        var type = nodeType ?? throw new InvalidOperationException("An ID filter field must name its node type.");
        object? Key(object? id) => id == null ? null : GlobalId.ParseKey(id.ToString(), type);
        return op switch
        {
            "eq" => Equal(member, Key(value)),
            "neq" => NotEqual(member, Key(value)),
            "in" => In(member, Values(op, value).Select(Key)),
            "nin" => Not(In(member, Values(op, value).Select(Key))),
            _ => throw Unknown(op),
        };
    }
}
