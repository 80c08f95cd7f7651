using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Tests.Accounts;

public sealed class AccountRulesTests
{
    private static Account Valid() => new() { Name = "Acme", Region = "Beijing", Employees = 1, MonthlyRevenue = 1, Satisfaction = 50 };

    [Fact]
    public void A_valid_account_has_no_errors() => Assert.Empty(AccountRules.Validate(Valid()));

    [Theory]
    [InlineData(0.0)]
    [InlineData(100.0)]
    public void Satisfaction_bounds_are_inclusive(double satisfaction)
    {
        var account = Valid();
        account.Satisfaction = satisfaction;
        Assert.Empty(AccountRules.Validate(account));
    }

    [Fact]
    public void Every_broken_rule_is_reported()
    {
        var account = new Account
        {
            Name = " ",
            Region = new string('r', 101),
            Employees = -1,
            MonthlyRevenue = -1,
            MonthlyItRevenue = -0.01m,
            ProductsInUse = -5,
            Satisfaction = -0.1,
        };
        Assert.Equal(
            [typeof(EmptyNameError), typeof(TooLongError), typeof(NegativeMetricError), typeof(NegativeMetricError), typeof(NegativeMetricError),
             typeof(NegativeMetricError), typeof(SatisfactionOutOfRangeError)],
            AccountRules.Validate(account).Select(e => e.GetType()));
    }

    [Fact]
    public void A_name_longer_than_its_column_is_refused()
    {
        var account = Valid();
        account.Name = new string('n', 201);
        Assert.Equal(new TooLongError("name", 200), Assert.Single(AccountRules.Validate(account)));
    }

    [Theory]
    [InlineData(5, 5, new int[0], true)]          // itself
    [InlineData(5, 7, new[] { 9, 5, 1 }, true)]   // a descendant: 5 is among 7's ancestors
    [InlineData(5, 7, new[] { 9, 1 }, false)]
    [InlineData(5, 7, new int[0], false)]
    public void Cycle_detection(int account, int newParent, int[] ancestorsOfNewParent, bool cycle) =>
        Assert.Equal(cycle, AccountRules.FormsCycle(account, newParent, ancestorsOfNewParent));
}
