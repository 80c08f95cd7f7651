using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GraphKam.Tests.Projection;

/// <summary>
/// Documents written to trip projection up answer as from whole rows, for staff and for a partner: the same list or
/// lookup merged at several depths with different selections, the same row looked up by two fields that select
/// differently, fragments on the connection, on Node and nested inline, introspection alongside, and fields skipped
/// or included by a variable.
/// </summary>
public sealed class ProjectionDocumentTests(ProjectionServers servers, ITestOutputHelper output) : IClassFixture<ProjectionServers>
{
    public static TheoryData<string> Documents => new()
    {
        // A partner's wording of a conflict comes from its kind, which the document does not select.
        "{ channelConflicts(first: 50) { nodes { description } } }",
        "{ dealRegistrations(first: 50) { nodes { description conflicts { description } } } }",
        """
        { accounts(first: 5) { nodes { opportunities(first: 3) { nodes { name } } } }
          accounts(first: 5) { nodes { opportunities(first: 3) { nodes { amount owner { name } } } } } }
        """,
        """
        { accounts(first: 5) { nodes { ...A } } accounts(first: 5) { nodes { ...B } } }
        fragment A on Account { children(first: 2) { nodes { name opportunities(first: 2) { nodes { name } } } } }
        fragment B on Account { children(first: 2) { nodes { region opportunities(first: 2) { nodes { amount probability } } } } }
        """,
        "{ accounts(first: 8) { nodes { parent { name } } } x: accounts(first: 8) { nodes { parent { region employees } } } }",
        "{ accounts(first: 8) { nodes { owner { name } o: owner { email role } } } }",
        "{ opportunities(first: 10) { nodes { account { name } } } y: opportunities(first: 10) { nodes { account { region strategic } } } }",
        "{ __schema { queryType { name } } accounts(first: 3) { nodes { __typename name ... on Node { __typename id } } } }",
        "{ accounts(first: 3) { edges { node { ... on Node { ... on Account { region } } } } nodes { ... { employees } } } }",
        "{ accounts(first: 3) { ... on AccountsConnection { nodes { name } } ... { edges { node { region } } } } }",
        """
        { accounts(first: 4) { nodes { children(first: 3) { nodes { owner { name } opportunities(first: 2) { nodes {
            account { employees owner { email } parent { region } } } } } } } } }
        """,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_document_answers_as_from_whole_rows_for_staff(string query) =>
        await AssertSameAsync(Roles.Director, query, null);

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_document_answers_as_from_whole_rows_for_a_partner(string query) =>
        await AssertSameAsync(Roles.Partner, query, null);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Fields_skipped_or_included_by_a_variable_answer_as_from_whole_rows(bool on) =>
        await AssertSameAsync(Roles.Director,
            "query($on: Boolean!) { accounts(first: 4) { nodes { name region @include(if: $on) ... @skip(if: $on) { employees } } } }",
            new { on });

    private async Task AssertSameAsync(string role, string query, object? variables)
    {
        var narrow = await ProjectionServers.ClientAsync(servers.Narrow, role);
        var whole = await ProjectionServers.ClientAsync(servers.Whole, role);
        var (a, b) = (Answer(await narrow.PostAsync(query, variables)), Answer(await whole.PostAsync(query, variables)));
        output.WriteLine($"narrow: {a}\nwhole:  {b}");
        Assert.Contains("[{", b, StringComparison.Ordinal); // rows to compare, not only empty lists
        Assert.Equal(b, a);
    }

    private static string Answer(GraphQLResponse response) =>
        (response.HasData ? response.Data.GetRawText() : "no data") + " | "
        + string.Join(";", response.Errors.Select(e => e.GetRawText()));
}
