using System.Globalization;
using System.Security.Claims;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Data;

/// <summary>
/// Contexts are reused from one caller to the next (<see cref="Server.Data.Providers.GraphKamContextPool"/>): each
/// serves exactly the caller it is handed to, and a partner's context, whose model filters what it reads, is never
/// handed to anyone else.
/// </summary>
public sealed class ContextPoolTests : IDisposable
{
    private readonly GraphKamFactory _factory = new();

    [Fact]
    public async Task A_reused_context_serves_the_caller_it_is_handed_to_and_no_earlier_one()
    {
        var contexts = new HashSet<GraphKamDbContext>();
        for (var person = 1; person <= 10; person++)
        {
            await using var db = ContextFor(Caller(Roles.AccountManager, new Claim(GraphKamClaims.Person, Id(person))));
            contexts.Add(db);
            Assert.Equal(person, db.CallerPersonId);
            Assert.Equal(person, db.StaffPersonId);
            Assert.Null(db.PartnerId);
            await db.Accounts.CountAsync();
        }
        await using (var manager = ContextFor(Caller(Roles.Director, new Claim(GraphKamClaims.Person, Id(99)))))
        {
            contexts.Add(manager);
            Assert.Null(manager.StaffPersonId); // a manager's saves are not checked row by row
        }
        await using (var system = ContextFor(null))
        {
            contexts.Add(system);
            Assert.Null(system.CallerPersonId);
        }

        // Made afresh, the twelve would be twelve contexts; background work may hold one of the pool's meanwhile.
        Assert.InRange(contexts.Count, 1, 3);
    }

    [Fact]
    public async Task A_partners_context_is_its_own_and_is_never_handed_to_anyone_else()
    {
        int all;
        await using (var system = ContextFor(null)) all = await system.Accounts.CountAsync();
        var partnerId = await Partner();

        GraphKamDbContext partner;
        await using (partner = ContextFor(Caller(Roles.Partner, new Claim(GraphKamClaims.Distributor, Id(partnerId)))))
        {
            Assert.Equal(partnerId, partner.PartnerId);
            Assert.True(await partner.Accounts.CountAsync() < all);
        }

        for (var i = 0; i < 10; i++)
        {
            await using var staff = ContextFor(Caller(Roles.AccountManager, new Claim(GraphKamClaims.Person, Id(1))));
            Assert.NotSame(partner, staff);
            Assert.Null(staff.PartnerId);
            Assert.Equal(all, await staff.Accounts.CountAsync());
        }
    }

    [SqliteFact("On PostgreSQL every context builds its model.")]
    public async Task Staff_contexts_use_the_compiled_model_and_a_partners_context_the_one_with_its_filters()
    {
        var partnerId = await Partner();
        await using var staff = ContextFor(Caller(Roles.AccountManager, new Claim(GraphKamClaims.Person, Id(1))));
        await using var partner = ContextFor(Caller(Roles.Partner, new Claim(GraphKamClaims.Distributor, Id(partnerId))));

        Assert.Same(Server.CompiledModel.GraphKamDbContextModel.Instance, staff.Model);
        Assert.NotSame(staff.Model, partner.Model);
        Assert.All(new[] { typeof(Account), typeof(Opportunity), typeof(Contact) },
            type => Assert.NotEmpty(partner.Model.FindEntityType(type)!.GetDeclaredQueryFilters()));
        Assert.All(staff.Model.GetEntityTypes(), type => Assert.Empty(type.GetDeclaredQueryFilters()));
    }

    private GraphKamDbContext ContextFor(ClaimsPrincipal? caller)
    {
        var scope = _factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().User = caller;
        return scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContext();
    }

    private async Task<int> Partner()
    {
        await using var db = _factory.Db();
        return await db.Distributors.Where(d => db.DistributorAssignments.Any(a => a.DistributorId == d.Id))
            .Select(d => d.Id).FirstAsync();
    }

    private static ClaimsPrincipal Caller(string role, Claim claim) =>
        new(new ClaimsIdentity([new Claim("role", role), claim], "test", "name", "role"));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _factory.Dispose();
}
