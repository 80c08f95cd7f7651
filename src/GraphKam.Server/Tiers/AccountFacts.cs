using GraphKam.Server.Data;

namespace GraphKam.Server.Tiers;

/// <summary>What scoring reads about an account: its built-in metrics, designation and named measures.</summary>
public sealed record AccountFacts(
    int Employees, decimal MonthlyRevenue, decimal MonthlyItRevenue, int ProductsInUse,
    bool Strategic, Industry Industry, AccountScale Scale, IReadOnlyDictionary<string, decimal> Measures)
{
    /// <summary>The measures every account has as columns; any other name is a named measure.</summary>

    public static AccountFacts Of(Account account, IEnumerable<AccountMeasure> measures) => new(
        account.Employees, account.MonthlyRevenue, account.MonthlyItRevenue, account.ProductsInUse,
        account.Strategic, account.Industry, account.Scale, measures.ToDictionary(m => m.Key, m => m.Value));

    /// <summary>The value of a measure; an account without a named measure has 0 of it.</summary>
    public decimal Value(string measure) => measure switch
    {
        "employees" => Employees,
        "monthlyRevenue" => MonthlyRevenue,
        "monthlyItRevenue" => MonthlyItRevenue,
        "productsInUse" => ProductsInUse,
        _ => Measures.GetValueOrDefault(measure),
    };
}
