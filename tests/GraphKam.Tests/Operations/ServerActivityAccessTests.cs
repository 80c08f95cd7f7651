using System.Net.Http.Headers;
using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Operations;

/// <summary>
/// <c>serverActivity</c> is for managers only (docs/authorization.md, "Roles"): ADMIN and DIRECTOR read it; a signed-out
/// caller, staff, a partner and a partner portal's API token each get a coded error and no figures.
/// </summary>
public sealed class ServerActivityAccessTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private const string Query = """
        query ServerActivityAccess {
          serverActivity {
            minutes { operations }
            openWebSockets
          }
        }
        """;

    private GraphKamFactory Factory => fixture.Factory;

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Director)]
    public async Task Managers_read_the_servers_figures(string role)
    {
        var client = Factory.Logins.ClientAs(role);
        await client.DataAsync("query ServerActivityWarmUp { accounts(first: 1) { totalCount } }");
        var data = await client.DataAsync(Query);
        Assert.NotEmpty(data.At("serverActivity.minutes").EnumerateArray());
    }

    [Fact]
    public async Task Everybody_else_is_refused_with_a_code_and_gets_no_figures()
    {
        var distributor = await FirstDistributorAsync();
        var callers = new (string Who, GraphQLClient Client, string Code)[]
        {
            ("signed out", Factory.AnonymousClient(), "AUTH_NOT_AUTHENTICATED"),
            ("account manager", Factory.Logins.ClientAs(Roles.AccountManager), "AUTH_NOT_AUTHORIZED"),
            ("inside sales", Factory.Logins.ClientAs(Roles.InsideSales), "AUTH_NOT_AUTHORIZED"),
            ("partner", Factory.Logins.ClientAs(Roles.Partner, distributor), "AUTH_NOT_AUTHORIZED"),
            ("partner portal token", await PortalAsync(distributor), "AUTH_NOT_AUTHORIZED"),
        };
        foreach (var (who, client, code) in callers)
        {
            var answer = await client.PostAsync(Query);
            Assert.True(answer.ErrorCodes.Count > 0 && answer.ErrorCodes[0] == code, $"{who}: {answer.Text}");
            var figures = answer.HasData && answer.Data.ValueKind == JsonValueKind.Object;
            Assert.False(figures, $"{who} got data: {answer.Text}");
        }
    }

    private async Task<int> FirstDistributorAsync()
    {
        await using var db = Factory.Db();
        return await db.Distributors.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
    }

    /// <summary>A partner portal's server, with a READ token made by a director.</summary>
    private async Task<GraphQLClient> PortalAsync(int distributor)
    {
        var input = new
        {
            name = "Server activity portal",
            distributorId = GlobalId.Encode("Distributor", distributor),
            expiresAt = "2027-06-30T00:00:00Z",
            scopes = new[] { "READ" },
        };
        var token = await fixture.Client.DataAsync("""
            mutation($input: CreateApiTokenInput!) {
              createApiToken(input: $input) { apiToken { token } }
            }
            """, new { input });
        var portal = Factory.CreateClient();
        portal.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", token.At("createApiToken.apiToken.token").GetString());
        return new GraphQLClient(portal);
    }
}
