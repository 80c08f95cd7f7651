using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using OpenTelemetry.Metrics;

namespace GraphKam.Tests.Operations;

/// <summary>
/// Personal data a caller sends (an e-mail address and a name in the variables, over POST and GET, in calls that
/// succeed, are refused or fail validation) appears in no span attribute, no metric tag and no log line.
/// </summary>
public sealed class TelemetryPrivacyTests : IDisposable
{
    private const string Email = "privacy.probe.qzxw@example.test";
    private const string Name = "Privacy Probe Qzxw";
    private readonly TelemetryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private const string CreateUser = """
        mutation PrivacyCreateUser($input: CreateUserInput!) {
          createUser(input: $input) {
            user { id }
            errors { __typename }
          }
        }
        """;

    private static object Input(string email, object? roles = null) => new
    {
        input = new { name = Name, email, password = "Privacy-password-2026!", roles = roles ?? new[] { "INSIDE_SALES" } },
    };

    [Fact]
    public async Task An_email_in_the_variables_is_in_no_span_metric_or_log_line()
    {
        var admin = _factory.Logins.ClientAs(Roles.Admin);
        var created = await admin.PostAsync(CreateUser, Input(Email));
        Assert.True(created.Errors.Count == 0 && created.Data.At("createUser.errors").ValueKind == JsonValueKind.Null,
            created.Text);
        var invalid = await admin.PostAsync(CreateUser, Input($"not an e-mail {Email}"));
        Assert.Equal("InvalidEmailError", invalid.Data.At("createUser.errors")[0].GetProperty("__typename").GetString());
        var badRole = await admin.PostAsync(CreateUser, Input(Email, new[] { $"ROLE_{Email}" }));
        Assert.NotEmpty(badRole.Errors);
        var refused = await _factory.Logins.ClientAs(Roles.Director).PostAsync(CreateUser, Input(Email));
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.ErrorCodes[0]);
        var lookup = await admin.GetAsync("query=" + Uri.EscapeDataString("""
            query PrivacyLookup($q: String) { accounts(where: { name: { contains: $q } }) { totalCount } }
            """) + "&variables=" + Uri.EscapeDataString($$"""{"q":"{{Email}}"}"""));
        Assert.Empty(lookup.Errors);

        var spans = _factory.AllSpans();
        Assert.Equal(4, spans.Count(s => s.DisplayName == "mutation PrivacyCreateUser"));
        Assert.Single(spans, s => s.DisplayName == "query PrivacyLookup");
        var leaks = spans.SelectMany(s => s.TagObjects.Select(t => $"{s.DisplayName}: {t.Key} = {t.Value}"))
            .Where(Leaks).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));

        var tags = Tags(_factory.Points("graphkam.graphql.operations")).ToList();
        Assert.Contains("PrivacyCreateUser", tags);
        Assert.DoesNotContain(tags, Leaks);

        // The host logs its start at Information, so the capture is known to work.
        var lines = _factory.Logs.Lines;
        Assert.Contains(lines, l => l.StartsWith("Information Microsoft.Hosting.Lifetime", StringComparison.Ordinal));
        var logged = lines.Where(Leaks).ToList();
        Assert.True(logged.Count == 0, string.Join("\n", logged));
    }

    // "qzxw" is in the e-mail and the name, and cannot occur in the hexadecimal IDs that logs carry.
    private static bool Leaks(string text) => text.Contains("qzxw", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Tags(IEnumerable<MetricPoint> points)
    {
        foreach (var point in points)
            foreach (var tag in point.Tags) yield return tag.Value?.ToString() ?? "";
    }
}
