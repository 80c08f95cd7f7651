using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// The <c>Decimal</c> scalar, refusing values beyond a magnitude. Stores keep decimals in fixed-size numbers and
/// add them up in SQL; an absurd value must be refused where it enters, as a validation error, instead of
/// overflowing deep inside a save or a sum.
/// </summary>
[DoNotRegister] // built by the schema with its bound, not by the container
public sealed class BoundedDecimalGraphType : DecimalGraphType
{
    private readonly decimal _maxMagnitude;

    public BoundedDecimalGraphType(decimal maxMagnitude, string description)
    {
        _maxMagnitude = maxMagnitude;
        Name = "Decimal"; // the name, not the CLR type, makes it replace the built-in scalar
        Description = $"{description} At most {maxMagnitude.ToString("N0", CultureInfo.InvariantCulture)} in magnitude.";
    }

    public override object? ParseLiteral(GraphQLValue value) => Bounded(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Bounded(base.ParseValue(value));

    // The default implementations catch exceptions from Parse…; these checks skip that cost for valid values.
    public override bool CanParseLiteral(GraphQLValue value) => base.CanParseLiteral(value) && InRange(base.ParseLiteral(value));

    public override bool CanParseValue(object? value) => base.CanParseValue(value) && InRange(base.ParseValue(value));

    private bool InRange(object? value) => value is not decimal number || Math.Abs(number) <= _maxMagnitude;

    private object? Bounded(object? value) => InRange(value)
        ? value
        : throw new FormatException($"{value} is out of range: decimals are at most {_maxMagnitude.ToString("N0", CultureInfo.InvariantCulture)} in magnitude.");
}
