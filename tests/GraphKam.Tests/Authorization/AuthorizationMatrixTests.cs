using System.Text.Json;
using System.Text.RegularExpressions;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// The authorization model of docs/authorization.md, run: every mutation × every role × the caller's own target,
/// another's, and (for partners) one it cannot see, against the real endpoint. An allowed call must succeed; a refused
/// one must fail and leave every row of the database as it was. The expected outcome of each cell is read from the
/// document, so the document and the server cannot drift apart.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationWorld world) : IClassFixture<AuthorizationWorld>
{
    public static TheoryData<string> Mutations() => [.. MutationMatrix.Read().Keys];

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Each_role_may_do_what_the_model_says_and_nothing_more(string mutation)
    {
        var expected = MutationMatrix.Read()[mutation];
        var failures = new List<string>();
        foreach (var (role, (client, self, own, other, hidden)) in world.Callers)
        {
            foreach (var (target, side) in new[] { ("own", own), ("other", other), ("hidden", hidden) })
            {
                if (side == null) continue;
                var allowed = expected[role] switch { "all" => true, "own" => target == "own", _ => false };
                world.Reset();
                var input = await MatrixCases.InputAsync(mutation, side, self, world);
                var (succeeded, answer) = await RunAsync(client, mutation, input);
                var changed = world.Changed();
                if (allowed && !succeeded) failures.Add($"{role} on {target}: expected success, got {answer}");
                if (!allowed && succeeded) failures.Add($"{role} on {target}: expected a refusal, got success");
                if (!allowed && changed) failures.Add($"{role} on {target}: refused, but the database changed ({answer})");
            }
        }
        world.Reset();
        Assert.True(failures.Count == 0, $"{mutation}:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void The_matrix_lists_every_mutation_of_the_schema()
    {
        var schema = File.ReadAllText(Path.Combine(MutationMatrix.RepositoryRoot(), "schema.graphql"));
        var block = Regex.Match(schema, @"type Mutation \{(.*?)\n\}", RegexOptions.Singleline).Groups[1].Value;
        var mutations = MutationName().Matches(block).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(mutations, MutationMatrix.Read().Keys.Order(StringComparer.Ordinal).ToList());
    }

    private static async Task<(bool Succeeded, string Answer)> RunAsync(GraphQLClient client, string mutation, object input)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await client.PostAsync(
            $"mutation($input: {type}!) {{ result: {mutation}(input: $input) {{ errors {{ __typename ... on Error {{ code }} }} }} }}",
            new { input });
        var payloadErrors = response.HasData && response.Data.ValueKind == JsonValueKind.Object
            && response.Data.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object
            ? result.GetProperty("errors") : default;
        var succeeded = response.Errors.Count == 0 && payloadErrors.ValueKind == JsonValueKind.Null;
        return (succeeded, response.Text);
    }

    [GeneratedRegex(@"^  (\w+)\(\n", RegexOptions.Multiline)]
    private static partial Regex MutationName();
}

/// <summary>The mutation matrix of docs/authorization.md: for each mutation, each role's cell (all, own or —).</summary>
public static class MutationMatrix
{
    public static Dictionary<string, Dictionary<string, string>> Read()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "authorization.md"));
        var section = Regex.Match(text, "<!-- mutation-matrix:start -->(.*?)<!-- mutation-matrix:end -->", RegexOptions.Singleline).Groups[1].Value;
        var rows = section.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|')).Select(Cells).ToList();
        var header = rows[0];
        return rows.Skip(2).ToDictionary(r => r[0].Trim('`'), r => header.Skip(1).Zip(r.Skip(1)).ToDictionary(p => p.First, p => p.Second));
    }

    private static string[] Cells(string row) => row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "GraphKam.sln"))) return directory.FullName;
        throw new InvalidOperationException("The repository root was not found.");
    }
}
