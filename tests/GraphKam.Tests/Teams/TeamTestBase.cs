using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Teams;

/// <summary>
/// Team tests on the known dataset (clock at 2026-11-27 08:00 UTC): Li (account manager) owns Alpha Industries and
/// alpha beta Bank; Zhao (inside sales) owns Bravo Éclair Power and Delta School.
/// </summary>
public abstract class TeamTestBase : KnownDataTest
{
    protected GraphQLClient Li => Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
    protected GraphQLClient Zhao => Factory.Logins.ClientAs(Roles.InsideSales, personId: Known.UserIds["Zhao Min"]);

    protected const string MemberSelection = "accountTeamMember { id role since until version user { name } }";

    /// <summary>Adds a member as <paramref name="client"/> (the director by default) and returns the payload.</summary>
    protected Task<JsonElement> AddAsync(string account, string user, string role, GraphQLClient? client = null,
        string? since = null, string? until = null) =>
        (client ?? Client).MutateAsync("addAccountTeamMember", MemberSelection,
            new { accountId = Known.Id(account), userId = Known.UserId(user), role, since, until });

    /// <summary>A mutation's raw answer, for calls the write rules may refuse as a whole.</summary>
    protected static Task<GraphQLResponse> RunAsync(GraphQLClient client, string mutation, object input)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return client.PostAsync($$"""
            mutation($input: {{type}}!) {
                result: {{mutation}}(input: $input) { errors { __typename } }
            }
            """, new { input });
    }

    /// <summary>Whether the call succeeded (no GraphQL error, no payload error).</summary>
    protected static bool Succeeded(GraphQLResponse response) =>
        response.Errors.Count == 0 && response.Data.GetProperty("result").GetProperty("errors").ValueKind == JsonValueKind.Null;

    /// <summary>The account's team (user name and role), as the director reads it.</summary>
    protected async Task<List<(string Name, string Role)>> TeamAsync(string account, bool includeEnded = false)
    {
        var data = await Client.DataAsync("""
            query($id: ID!, $all: Boolean!) {
                node(id: $id) { ... on Account { team(includeEnded: $all) { user { name } role } } }
            }
            """, new { id = Known.Id(account), all = includeEnded });
        return [.. data.At("node.team").EnumerateArray()
            .Select(m => (m.At("user.name").GetString()!, m.GetProperty("role").GetString()!))];
    }
}
