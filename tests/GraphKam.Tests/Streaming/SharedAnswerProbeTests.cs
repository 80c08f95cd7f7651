using System.Collections.Concurrent;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// Shared subscription answers seen from outside: a subscription given another's answer must get what it would have
/// computed itself at the moment its event reached it.
/// </summary>
public sealed class SharedAnswerProbeTests
{
    [Fact]
    public async Task The_answer_key_holds_the_partners_data_scope_not_the_scope_of_nobody()
    {
        using var factory = new ScopeReadingFactory();
        await using (var db = factory.Db())
            factory.Distributor = db.Distributors.OrderBy(d => d.Id).Select(d => d.Id).First();
        var token = await factory.Logins.TokenAsync(Roles.Partner, factory.Distributor);
        await using var socket = await GraphQLSocket.OpenAsync(factory, payload: new { Authorization = $"Bearer {token}" });
        await socket.SubscribeAsync("s", "subscription { opportunityChanged { kind } }");
        await factory.SubscribersAsync(OpportunityChanged.Topic, 1);
        // The executor writes the data scope into the answer key; asked before it knows who runs the operation, the
        // scope is nobody's ("all"), so the key's scope part says nothing (harmless only while claims decide scope).
        Assert.Equal([$"partner:{factory.Distributor}"], factory.Read.Distinct());
    }

    private sealed class ScopeReadingFactory : GraphKamFactory
    {
        public ConcurrentBag<ReadScope> Scopes { get; } = [];
        public int Distributor { get; set; }

        /// <summary>The keys read in the scopes of the partner's operations.</summary>
        public IEnumerable<string> Read => Scopes.Where(s => s.ForPartner).SelectMany(s => s.Read);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped<IDataScope>(provider =>
            {
                var scope = new ReadScope(provider.GetRequiredService<AccessScope>(), provider.GetRequiredService<CurrentPrincipal>());
                Scopes.Add(scope);
                return scope;
            }));
        }
    }

    /// <summary>The keys asked for in one DI scope, and who that scope's operation ran for in the end.</summary>
    private sealed class ReadScope(AccessScope scope, CurrentPrincipal principal) : IDataScope
    {
        public ConcurrentQueue<string> Read { get; } = new();
        public bool ForPartner => principal.User?.IsInRole(Roles.Partner) == true;

        public string Key
        {
            get
            {
                var key = scope.Key;
                Read.Enqueue(key);
                return key;
            }
        }

        public bool Restricted => scope.Restricted;
    }
}
