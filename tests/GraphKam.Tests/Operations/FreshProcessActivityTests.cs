using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using GraphKam.Tests.ScaleOut;

namespace GraphKam.Tests.Operations;

/// <summary>
/// The admin view's figures and the JSON log in a server process of its own: in the test host the meter had always
/// been used before the statistics began listening, which hid that a fresh process counted nothing, and the test
/// host's loggers are not the console's JSON formatter an operator reads.
/// </summary>
public sealed class FreshProcessActivityTests : IDisposable
{
    private const string Password = TestLogins.DemoPassword; // the seeded template's sign-ins
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"graphkam-activity-{Guid.NewGuid():N}.db");
    private ServerProcess? _server;

    [SqliteFact("One process on its own SQLite file is enough to show the start-up order.")]
    public async Task A_fresh_server_counts_its_first_operations_and_logs_json_lines_naming_them()
    {
        // The process is fresh; its database need not be: seeding the demo book again took a minute of the suite.
        DatabaseTemplates.CopySeededSqlite(_database);
        _server = new ServerProcess("activity", new Dictionary<string, string>
        {
            ["ConnectionStrings:GraphKam"] = $"Data Source={_database}",
            ["GraphKam:Auth:SigningKey"] = Convert.ToBase64String(
                System.Security.Cryptography.RandomNumberGenerator.GetBytes(64)),
            ["GraphKam:Logging:Json"] = "true",
            // Each SQL statement logged: lines written inside an operation.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
        });
        await _server.ReadyAsync(TimeSpan.FromMinutes(4));
        using var http = _server.Client();
        var login = await http.PostAsJsonAsync("/auth/login", new { email = "director@demo.graphkam", password = Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await PostAsync(http, "query FirstRead { accounts(first: 1) { totalCount } }");
        var answer = await PostAsync(http, "query Activity { serverActivity { minutes { operations } } }");

        var minutes = answer.GetProperty("data").GetProperty("serverActivity").GetProperty("minutes");
        Assert.True(minutes.EnumerateArray().Sum(m => m.GetProperty("operations").GetInt32()) >= 1, answer.ToString());

        // A statement of FirstRead is one JSON object with its trace and its operation, in words and as a value.
        var statement = JsonLines(_server.Output).First(line =>
            line.GetProperty("Category").GetString() == "Microsoft.EntityFrameworkCore.Database.Command"
            && line.GetProperty("Scopes").EnumerateArray().Any(scope => scope.ValueKind == JsonValueKind.Object
                && scope.TryGetProperty("GraphQLOperation", out var name) && name.GetString() == "FirstRead"));
        var scope = statement.GetProperty("Scopes").EnumerateArray().First(s => s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty("GraphQLOperation", out _));
        Assert.Equal("GraphQL operation FirstRead", scope.GetProperty("Message").GetString());
        Assert.Contains(statement.GetProperty("Scopes").EnumerateArray(), s => s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty("TraceId", out var trace) && trace.GetString()!.Length == 32);
    }

    private static List<JsonElement> JsonLines(string output) => output.Split('\n')
        .Select(line => line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim())
        .Where(line => line.StartsWith('{'))
        .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    private static async Task<JsonElement> PostAsync(HttpClient http, string query)
    {
        var response = await http.PostAsJsonAsync("/graphql", new { query });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose()
    {
        _server?.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".lock" })
            File.Delete(_database + suffix);
    }
}
