using GraphKam.GraphQL.Mutations;
using GraphQL.Types;

namespace GraphKam.Server.Revenue;

public sealed record RecordRevenueInput(string AccountId, string Month, decimal Revenue, decimal ItRevenue);

public sealed class RecordRevenueInputType : InputObjectGraphType
{
    public RecordRevenueInputType()
    {
        Name = "RecordRevenueInput";
        Description = "One month's revenue of an account; recording a month again replaces its figures.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month, e.g. 2026-10 (not one that has not begun).");
        Field<NonNullGraphType<DecimalGraphType>>("revenue").Description("Revenue in the month, in yuan (0 or more).");
        Field<NonNullGraphType<DecimalGraphType>>("itRevenue").Description("IT-services revenue in the month, in yuan (0 or more).").DefaultValue(0m);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RecordRevenueInput(
        value.RequiredId("accountId"), value.Required<string>("month"), value.Required<decimal>("revenue"),
        value.Required<decimal>("itRevenue"));
}
