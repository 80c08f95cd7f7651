using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Distributors;

/// <summary>The known accounts plus helpers to build a channel through the mutations; one server per test.</summary>
public abstract class ChannelScenario : KnownDataTest
{
    protected Dictionary<string, string> Partners { get; } = [];

    /// <summary>Creates a distributor that must be valid; <paramref name="fields"/> add to or override the defaults.</summary>
    protected async Task<string> Partner(string name, string kind, object? fields = null)
    {
        var input = Input(new { name, kind, contractStart = "2026-01-01T00:00:00Z" }, fields);
        var payload = await Client.MutateAsync("createDistributor", "distributor { id }", input);
        Assert.Empty(ErrorTypes(payload));
        return Partners[name] = payload.At("distributor.id").GetString()!;
    }

    protected async Task Assign(string partner, string account)
    {
        var payload = await Client.MutateAsync("assignDistributor", "assignment { assignedAt }", new { accountId = Known.Id(account), distributorId = Partners[partner] });
        Assert.Empty(ErrorTypes(payload));
    }

    protected async Task<List<(string Kind, string Status)>> Conflicts(string where = "")
    {
        var data = await Client.DataAsync($"{{ channelConflicts({where} order: [{{ kind: ASC }}]) {{ nodes {{ kind status }} }} }}");
        return data.At("channelConflicts.nodes").EnumerateArray().Select(n => (n.GetProperty("kind").GetString()!, n.GetProperty("status").GetString()!)).ToList();
    }

    /// <summary>An input object: the base fields with <paramref name="extra"/> added or replaced.</summary>
    protected static Dictionary<string, object?> Input(object @base, object? extra = null)
    {
        var input = JsonSerializer.SerializeToElement(@base).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        if (extra != null)
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject()) input[property.Name] = property.Value;
        return input;
    }
}
