using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// The system saves derived figures past the caller's write rules (a team member's product recounted on the account),
/// and only those: the areas name them, and anything else pending at that moment is still the caller's to be allowed.
/// </summary>
public sealed class SystemDerivedChangeTests : KnownDataTest
{
    private async Task<bool> MayDeriveAsync(Action<Account> change)
    {
        await using var db = Factory.Db();
        var account = await db.Accounts.AsTracking().FirstAsync(a => a.Name == "alpha beta Bank");
        change(account);
        var rules = Factory.Services.GetRequiredService<AccessRules>();
        return rules.For(typeof(Account))!.MaySystemDerive(db.Entry(account));
    }

    [Fact]
    public async Task Only_the_declared_figures_of_an_account_are_derived()
    {
        Assert.True(await MayDeriveAsync(a => (a.ProductsInUse, a.MonthlyRevenue, a.Version) = (4, 12m, a.Version + 1)));
        Assert.False(await MayDeriveAsync(a => a.Name = "Renamed"));
        Assert.False(await MayDeriveAsync(a => (a.ProductsInUse, a.OwnerId) = (4, null)));
    }

    [Fact]
    public async Task Entities_nobody_declared_derived_are_never_saved_past_the_rules()
    {
        await using var db = Factory.Db();
        var rules = Factory.Services.GetRequiredService<AccessRules>();
        var policy = await db.TierPolicies.AsTracking().FirstAsync();
        policy.Name += " (edited)";
        Assert.False(rules.For(typeof(TierPolicy))!.MaySystemDerive(db.Entry(policy)));
        var tier = await db.AccountTiers.AsTracking().FirstAsync();
        tier.Score += 1;
        Assert.True(rules.For(typeof(AccountTier))!.MaySystemDerive(db.Entry(tier)));
    }
}
