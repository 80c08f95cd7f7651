using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL.Types;
namespace GraphKam.Server.Accounts;

public sealed class MeasureType : ObjectType<AccountMeasure>
{
    public MeasureType()
    {
        Name = "Measure";
        Description = "A named numeric measure of an account. Money is in yuan.";
        Field(m => m.Key).Description("The measure's name, e.g. `cardSpend`.");
        Field(m => m.Value, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The measure's value.");
    }
}

public sealed class MeasureFilterInput : FilterInputType<AccountMeasure>
{
    public MeasureFilterInput() : base("Conditions on a named measure: `measures: { some: { key: { eq: \"cardSpend\" }, value: { gt: 1000000 } } }`.")
    {
        Field("key", m => m.Key, "The measure's name.");
        Field("value", m => m.Value, "The measure's value.");
    }
}
