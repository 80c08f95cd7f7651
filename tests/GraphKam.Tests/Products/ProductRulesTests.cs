using GraphKam.Server.Data;
using GraphKam.Server.Products;

namespace GraphKam.Tests.Products;

public sealed class ProductRulesTests
{
    private static Product Make(string code = "MC-ECS", string name = "Cloud servers", string family = "Mobile cloud", decimal price = 0m) =>
        new() { Code = code, Name = name, Family = family, ListPrice = price };

    [Fact]
    public void Limits_are_inclusive_and_each_broken_one_is_named()
    {
        Assert.Empty(ProductRules.Validate(Make(code: new string('C', 40), name: new string('n', 200), family: new string('f', 100))));
        Assert.Empty(ProductRules.Validate(Make(price: 0m)));
        var errors = ProductRules.Validate(Make(code: new string('C', 41), name: "", family: new string('f', 101), price: -0.01m));
        Assert.Equal(["TOO_LONG code", "REQUIRED_VALUE name", "TOO_LONG family", "OUT_OF_RANGE listPrice"],
            errors.Select(e => e.Code + " " + e switch
            {
                GraphKam.GraphQL.Mutations.TooLongError t => t.Field,
                GraphKam.GraphQL.Mutations.RequiredValueError r => r.Field,
                GraphKam.GraphQL.Mutations.OutOfRangeError o => o.Field,
                _ => "?",
            }));
    }
}
