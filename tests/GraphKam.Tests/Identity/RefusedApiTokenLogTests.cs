using System.Net;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Identity;

/// <summary>
/// A refused API token is the caller's problem and is answered 401; logging each at Information (ASP.NET's handler
/// does by default) let anyone fill the log with made-up tokens, where the JWT handler's refusals are filtered.
/// </summary>
public sealed class RefusedApiTokenLogTests : IDisposable
{
    private readonly ProbeFactory _factory = new();

    [Fact]
    public async Task A_made_up_api_token_is_refused_without_a_log_entry()
    {
        var client = new GraphQLClient(_factory.CreateClient());
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", "gk_made-up-token");
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("{ me { name } }")).Status);

        Assert.DoesNotContain(_factory.Log.Entries, e => e.Category.Contains("ApiTokenHandler", StringComparison.Ordinal));
    }

    public void Dispose() => _factory.Dispose();
}
