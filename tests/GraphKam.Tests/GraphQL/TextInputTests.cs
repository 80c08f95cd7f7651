using System.Net;
using System.Text;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.GraphQL;

/// <summary>Text enters clean and in one Unicode form, whichever field or mutation it reaches.</summary>
public sealed class TextInputTests : KnownDataTest
{
    private const string Create = """
        mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id name } errors { __typename } } }
        """;

    [Theory] // Issue 14: names accepted NUL and bidirectional control characters.
    [InlineData("Evil\u0000Corp")]
    [InlineData("Evil\u0007Corp")]
    [InlineData("Evil\u001BCorp")]
    [InlineData("Evil\u007FCorp")]
    [InlineData("Evil\u0085Corp")]
    [InlineData("Invoice \u202Egpj.exe")]
    [InlineData("Name \u2066isolated\u2069")]
    public async Task Control_and_bidirectional_characters_are_refused_everywhere(string name)
    {
        var variable = await Client.PostAsync(Create, new { input = new { name, industry = "OTHER", region = "Beijing" } });
        Assert.Equal(HttpStatusCode.BadRequest, variable.Status);
        Assert.Equal(["INVALID_TEXT"], variable.ErrorCodes);

        var escaped = System.Text.Json.JsonSerializer.Serialize(name); // a GraphQL string literal with the same escapes
        var literal = await Client.PostAsync($"mutation {{ createAccount(input: {{ name: {escaped}, industry: OTHER, region: \"Beijing\" }}) {{ account {{ id }} }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, literal.Status);
        Assert.Contains("INVALID_TEXT", literal.ErrorCodes);

        // Filters and nested inputs are text too.
        var filter = await Client.PostAsync("""
            query($n: String) {
                accounts(where: { name: { contains: $n } }) {
                    totalCount
                }
            }
            """, new { n = name });
        Assert.Equal(["INVALID_TEXT"], filter.ErrorCodes);
        await using var db = Factory.Db();
        Assert.False(await db.Accounts.AnyAsync(a => a.Name.StartsWith("Evil") || a.Name.StartsWith("Invoice") || a.Name.StartsWith("Broken")));
    }

    [Fact] // JSON can spell an unpaired surrogate as an escape, which is no text at all.
    public async Task An_unpaired_surrogate_is_refused()
    {
        const string body = """
            {"query":"mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }",
             "variables":{"input":{"name":"Broken \ud800 surrogate","industry":"OTHER","region":"Beijing"}}}
            """;
        var response = await Client.SendRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Single(response.ErrorCodes, code => code is "INVALID_TEXT" or "INVALID_REQUEST");
        await using var db = Factory.Db();
        Assert.False(await db.Accounts.AnyAsync(a => a.Name.StartsWith("Broken")));
    }

    [Fact]
    public async Task Tabs_and_line_breaks_stay_allowed()
    {
        var payload = (await Client.DataAsync(Create, new { input = new { name = "Multi\tline\r\nname", industry = "OTHER", region = "Beijing" } }))
            .GetProperty("createAccount");
        Assert.Equal("Multi\tline\r\nname", payload.At("account.name").GetString());
    }

    [Fact] // Issue 14: an accented name stored one way was not found when searched the other way.
    public async Task Text_is_stored_and_searched_in_NFC()
    {
        const string decomposed = "Cafe\u0301 Rene\u0301"; // e + combining acute accent
        var composed = decomposed.Normalize(NormalizationForm.FormC);
        Assert.NotEqual(decomposed, composed);
        await Client.DataAsync(Create, new { input = new { name = decomposed, industry = "OTHER", region = "Beijing" } });
        await using (var db = Factory.Db())
            Assert.True(await db.Accounts.AnyAsync(a => a.Name == composed));

        foreach (var search in new[] { "café", "cafe\u0301", "RENÉ", "rene\u0301" })
        {
            var data = await Client.DataAsync("""
                query($s: String) {
                    accounts(where: { name: { contains: $s } }) {
                        nodes {
                            name
                        }
                    }
                }
                """, new { s = search });
            Assert.Equal([composed], data.At("accounts.nodes").Strings("name"));
        }
        // eq compares exactly, after both sides are in NFC.
        var exact = await Client.DataAsync("""
            query($s: String) {
                accounts(where: { name: { eq: $s } }) {
                    totalCount
                }
            }
            """, new { s = decomposed });
        Assert.Equal(1, exact.At("accounts.totalCount").GetInt32());
        // A name stored composed by other means is found by a decomposed search too.
        var eclair = await Client.DataAsync("{ accounts(where: { name: { contains: \"E\u0301clair\" } }) { nodes { name } } }");
        Assert.Equal(["Bravo Éclair Power"], eclair.At("accounts.nodes").Strings("name"));
    }

    [Fact] // Issue 14: the amount error quoted an upper bound of 1.79e308 instead of 10¹².
    public async Task Number_bounds_are_quoted_as_they_are()
    {
        var response = await Client.PostAsync("""
            mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) {
              errors { __typename ... on OutOfRangeError { field max message } } } }
            """, new { input = new { accountId = Known.Id("Alpha Industries"), name = "Negative", amount = -5, expectedCloseDate = "2027-01-01T00:00:00Z" } });
        var error = response.Data.At("createOpportunity.errors")[0];
        Assert.Equal("OutOfRangeError", error.GetProperty("__typename").GetString());
        Assert.Equal(1e12, error.GetProperty("max").GetDouble());
        Assert.Contains("1000000000000", error.GetProperty("message").GetString());
        Assert.DoesNotContain("E+", error.GetProperty("message").GetString());
    }
}
