using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>Errors quote caller input at most 64 characters long: a huge ID or cursor is not echoed back whole.</summary>
public sealed class LongInputEchoTests : KnownDataTest
{
    private static readonly string Huge = "Account:" + new string('9', 200_000);

    private static string Head(string text) => text.Length > 300 ? text[..300] : text;

    private static void AssertShort(GraphQLResponse response, string code)
    {
        Assert.Contains(code, response.ErrorCodes);
        Assert.True(response.Text.Length < 2_000, $"{response.Text.Length} characters: {Head(response.Text)}");
        Assert.Contains("…", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_200_KB_id_is_quoted_shortened()
    {
        var response = await Client.PostAsync("""
            query($id: ID!) { node(id: $id) { id } }
            """, new { id = Huge });
        AssertShort(response, "INVALID_ID");
        var typed = await Client.PostAsync("""
            query($id: ID!) { account(id: $id) { name } }
            """, new { id = Huge });
        AssertShort(typed, "INVALID_ID");
    }

    [Fact]
    public async Task A_10_KB_cursor_is_quoted_shortened()
    {
        var response = await Client.PostAsync("""
            query($after: String) { accounts(first: 1, after: $after) { nodes { name } } }
            """, new { after = new string('A', 10_000) });
        AssertShort(response, "INVALID_CURSOR");
    }

    [Fact]
    public async Task A_mutation_error_quotes_a_huge_id_shortened()
    {
        var payload = await Client.Http.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new
        {
            query = """
                mutation($input: CreateOpportunityInput!) {
                  createOpportunity(input: $input) { errors { __typename ... on Error { message } } }
                }
                """,
            variables = new { input = new { accountId = Huge, name = "Echo", amount = 1000m } },
        }));
        var text = await payload.Content.ReadAsStringAsync();
        Assert.True(text.Length < 2_000, $"{text.Length} characters: {Head(text)}");
        Assert.Contains("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_the_library_quotes_is_shortened_too()
    {
        var response = await Client.PostAsync("""
            query($first: Int) { accounts(first: $first) { nodes { name } } }
            """, new { first = new string('7', 10_000) });
        Assert.NotEmpty(response.Errors);
        Assert.True(response.Text.Length < 4_000, $"{response.Text.Length} characters: {Head(response.Text)}");
    }
}
