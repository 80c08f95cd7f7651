using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Server.Health;

public sealed class AccountHealthFilterInput : FilterInputType<AccountHealth>
{
    public AccountHealthFilterInput() : base("Conditions on account health, e.g. `band: { eq: AT_RISK }`.")
    {
        Field("score", h => h.Score, "The health score.");
        Enum<HealthBandType, HealthBand>("band", h => h.Band, "The band.");
        Field("openComplaints", h => h.OpenComplaints, "Open complaints.");
        Field("breachedCases", h => h.BreachedCases, "Open cases past a deadline.");
        Object<AccountFilterInput, Account>("account", h => h.Account, "The account.");
    }
}

public sealed class AccountHealthSortInput : SortInputType<AccountHealth>
{
    public AccountHealthSortInput() : base("Sort keys for account health (least healthy first when no order is given).")
    {
        Field("score", h => h.Score, "By health score.");
        Object<AccountSortInput, Account>("account", h => h.Account, "By the account's fields.");
    }
}
