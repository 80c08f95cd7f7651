using GraphKam.GraphQL.Relay;
using GraphKam.Tests.Infrastructure;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on contracts: a partner's transaction, on the application role's own connection and without the
/// application's filters, sees no contract and no product a contract covers.
/// </summary>
public sealed class ContractRowLevelSecurityTests
{
    [PostgreSqlFact]
    public async Task A_partner_reads_no_contract_nor_what_it_covers()
    {
        using var factory = new GraphKamFactory();
        var director = factory.Client();
        var product = (await director.DataAsync("{ products(first: 1) { nodes { id } } }")).At("products.nodes")[0].GetProperty("id").GetString();
        int partner, account;
        await using (var staff = factory.Db())
            (partner, account) = staff.DistributorAssignments.Where(x => x.Account!.ArchivedAt == null)
                .Select(x => new { x.DistributorId, x.AccountId }).AsEnumerable().Select(x => (x.DistributorId, x.AccountId)).First();
        // A contract on an account the partner serves, so only the wall stands between them.
        var created = await director.MutateAsync("createContract", "contract { id }", new
        {
            accountId = GlobalId.Encode("Account", account),
            number = "RLS-1",
            value = 1_000m,
            startsOn = "2026-01-01T00:00:00Z",
            endsOn = "2027-01-01T00:00:00Z",
            productIds = new[] { product },
        });
        Assert.Empty(GraphQLClient.ErrorTypes(created));

        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        const string Contracts = "SELECT count(*) FROM \"Contracts\"";
        const string Covered = "SELECT count(*) FROM \"ContractProducts\"";
        Assert.True(await ScalarAsync<long>(app, Contracts) >= 1 && await ScalarAsync<long>(app, Covered) >= 1);

        await using var transaction = await app.BeginTransactionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
        Assert.Equal(0, await ScalarAsync<long>(app, Contracts));
        Assert.Equal(0, await ScalarAsync<long>(app, Covered));
    }
}
