using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GraphKam.Tests.Fuzzing;

/// <summary>
/// Schema-driven fuzzing against the real HTTP endpoint, as every kind of caller: never a 5xx, never an unexpected
/// INTERNAL_ERROR, never an answer later than the timeout allows, every error coded, and the database unchanged.
/// Writes are only sent where they must be refused (anonymous callers, a read-only API token), or made invalid for
/// the other roles; the checksum of every table before and after proves that refusals change nothing.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private sealed record Role(string Name, GraphQLClient Client, bool WritesRefused);

    [SqliteFact("Its checksum of the database reads the SQLite file.")]
    public async Task Generated_documents_never_crash_hang_or_change_data()
    {
        using var factory = new GraphKamFactory
        {
            Settings =
            {
                ["GraphKam:GraphQL:ExecutionTimeout"] = Timeout.ToString(),
                ["GraphKam:GraphQL:RateLimit:OperationsPerLogin"] = "0", ["GraphKam:GraphQL:RateLimit:OperationsPerAddress"] = "0",
                ["GraphKam:GraphQL:RateLimit:CostPerLogin"] = "0", ["GraphKam:GraphQL:RateLimit:CostPerAddress"] = "0",
            },
        };
        var director = factory.Client();
        var schema = new FuzzSchema(await factory.AnonymousClient().DataAsync(FuzzSchema.Introspection));
        var roles = await RolesAsync(factory, director);
        var ids = await KnownIdsAsync(factory);
        var before = await DatabaseChecksum.OfAsync(factory.DatabasePath);

        // Each role runs its own seeded sequence, all at once (refusals cannot interfere with each other).
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var kinds = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(roles.Select((role, index) => Task.Run(async () =>
        {
            var random = new Random(FuzzSettings.Seed + index);
            var fuzzer = new DocumentFuzzer(random, schema, new FuzzValues(random, schema, ids));
            for (var i = 0; i < FuzzSettings.RequestsPerRole; i++)
            {
                var request = fuzzer.Next();
                if (request.MayWrite && !role.WritesRefused) request = request with { Query = Invalidated(request.Query) };
                kinds.AddOrUpdate(request.Kind, 1, (_, n) => n + 1);
                if (FuzzSettings.TraceFile is { } trace)
                    lock (failures) File.AppendAllText(trace, $"#{i} {role.Name} {request.Kind}\n{request.Query}\n\n");
                var problem = await CheckAsync(role, request, useGet: i % 17 == 0 && !request.MayWrite);
                if (problem != null && failures.Count < 20)
                    failures.Enqueue($"#{i} as {role.Name} ({request.Kind}): {problem}\n  {Shorten(request.Query)}\n"
                        + $"  variables: {Shorten(JsonSerializer.Serialize(request.Variables))}");
            }
        })));
        output.WriteLine($"seed {FuzzSettings.Seed}: {FuzzSettings.RequestsPerRole * roles.Count} requests in {clock.Elapsed}: "
            + string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}")));
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
        Assert.Equal(before, await DatabaseChecksum.OfAsync(factory.DatabasePath));
    }

    private static async Task<string?> CheckAsync(Role role, FuzzRequest request, bool useGet)
    {
        var started = Stopwatch.StartNew();
        GraphQLResponse response;
        try
        {
            response = useGet
                ? await role.Client.GetAsync("query=" + Uri.EscapeDataString(request.Query)
                    + (request.Variables == null ? "" : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(request.Variables))))
                : await role.Client.PostAsync(request.Query, request.Variables);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return $"no answer: {error.GetType().Name} {error.Message}";
        }
        if (started.Elapsed > Timeout + TimeSpan.FromSeconds(10)) return $"answered after {started.Elapsed}";
        if ((int)response.Status >= 500) return $"status {(int)response.Status}: {Shorten(response.Text)}";
        if (response.Status == HttpStatusCode.RequestUriTooLong || response.Status == HttpStatusCode.RequestEntityTooLarge) return null;
        if (response.Body.ValueKind != JsonValueKind.Object) return $"not JSON ({(int)response.Status}): {Shorten(response.Text)}";
        if (response.ErrorCodes.Any(c => c == null)) return $"an error without a code: {Shorten(response.Text)}";
        if (response.Errors.Any(e => e.TryGetProperty("extensions", out var x) && x.GetProperty("code").GetString() == "INTERNAL_ERROR"))
            return $"unexpected failure: {Shorten(response.Text)}";
        if (request.MayWrite && role.WritesRefused && response.Status == HttpStatusCode.OK && response.ErrorCodes.Count == 0)
            return "a write was not refused";
        return null;
    }

    /// <summary>A mutation made invalid (an unknown field), for roles whose writes could otherwise succeed.</summary>
    private static string Invalidated(string query)
    {
        var end = query.LastIndexOf('}');
        return end < 0 ? query : query[..end] + " unknownField_ }";
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} chars)";

    private static async Task<List<Role>> RolesAsync(GraphKamFactory factory, GraphQLClient director)
    {
        await using var db = factory.Db();
        var distributorId = await db.Distributors.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var input = new
        {
            name = "Fuzz portal",
            distributorId = GlobalId.Encode("Distributor", distributorId),
            expiresAt = "2027-06-30T00:00:00Z",
            scopes = new[] { "READ" },
        };
        var token = await director.DataAsync("""
            mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { token } } }
            """, new { input });
        var portal = factory.CreateClient();
        portal.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.At("createApiToken.apiToken.token").GetString());
        var roles = new List<Role>
        {
            new("director", director, false),
            new("account manager", factory.Logins.ClientAs(Roles.AccountManager), false),
            new("inside sales", factory.Logins.ClientAs(Roles.InsideSales), false),
            new("partner", factory.Logins.ClientAs(Roles.Partner, distributorId), false),
            new("anonymous", factory.AnonymousClient(), true),
            new("read-only API token", new GraphQLClient(portal), true),
        };
        foreach (var role in roles.Where(r => r.Name != "anonymous")) await role.Client.DataAsync("{ __typename }"); // logins made now
        return roles;
    }

    private static async Task<List<string>> KnownIdsAsync(GraphKamFactory factory)
    {
        await using var db = factory.Db();
        var ids = new List<string>();
        ids.AddRange((await db.Accounts.OrderBy(a => a.Id).Select(a => a.Id).Take(5).ToListAsync()).Select(id => GlobalId.Encode("Account", id)));
        ids.AddRange((await db.Opportunities.OrderBy(o => o.Id).Select(o => o.Id).Take(5).ToListAsync()).Select(id => GlobalId.Encode("Opportunity", id)));
        ids.AddRange((await db.Distributors.OrderBy(d => d.Id).Select(d => d.Id).Take(3).ToListAsync()).Select(id => GlobalId.Encode("Distributor", id)));
        ids.AddRange((await db.Contacts.OrderBy(c => c.Id).Select(c => c.Id).Take(3).ToListAsync()).Select(id => GlobalId.Encode("Contact", id)));
        ids.AddRange((await db.People.OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync()).Select(id => GlobalId.Encode("User", id)));
        return ids;
    }
}
