using GraphKam.Tests.Infrastructure;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on what accounts use: a partner's transaction, on the application role's own connection and without
/// the application's filters, sees no account product, while the catalogue (reference data) stays readable.
/// </summary>
public sealed class ProductRowLevelSecurityTests
{
    [PostgreSqlFact]
    public async Task A_partner_reads_the_catalogue_but_no_account_product()
    {
        using var factory = new GraphKamFactory();
        await factory.Client().DataAsync("{ __typename }");
        int partner;
        await using (var staff = factory.Db())
            partner = staff.DistributorAssignments.Select(x => x.DistributorId).First();

        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        const string Uses = "SELECT count(*) FROM \"AccountProducts\"";
        const string Catalogue = "SELECT count(*) FROM \"Products\"";
        var (uses, catalogue) = (await ScalarAsync<long>(app, Uses), await ScalarAsync<long>(app, Catalogue));
        Assert.True(uses >= 1 && catalogue >= 1);

        await using var transaction = await app.BeginTransactionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
        Assert.Equal(0, await ScalarAsync<long>(app, Uses));
        Assert.Equal(catalogue, await ScalarAsync<long>(app, Catalogue));
    }
}
