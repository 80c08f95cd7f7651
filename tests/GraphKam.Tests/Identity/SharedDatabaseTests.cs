using System.Net;
using System.Net.Http.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Identity;

/// <summary>
/// Two server instances on one database, as behind a load balancer: what one instance decides about sessions and
/// sign-in failures holds on the other (nothing that matters is kept in one instance's memory).
/// </summary>
public sealed class SharedDatabaseTests : SessionTest
{
    private GraphKamFactory SecondInstance() => new()
    {
        Settings =
        {
            ["GraphKam:SeedDemoData"] = "false",
            ["ConnectionStrings:GraphKam"] = Factory.ConnectionString,
            ["GraphKam:Auth:SigningKey"] = Factory.Settings["GraphKam:Auth:SigningKey"],
        },
    };

    [Fact]
    public async Task A_session_signed_out_on_one_instance_ends_on_the_other_within_a_check_interval()
    {
        using var second = SecondInstance();
        var cookie = await CookieAsync(await LoginAsync(Roles.Director));
        var there = WithCookie(cookie, on: second);
        Assert.Equal(HttpStatusCode.OK, (await there.PostAsync("{ me { name } }")).Status);

        var signedOut = await WithCookie(cookie).Http.PostAsync("/auth/logout", null);
        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookie).PostAsync("{ me { name } }")).Status);
        // The other instance trusts what it read for one interval of its clock, then reads again.
        Assert.Equal(HttpStatusCode.OK, (await there.PostAsync("{ me { name } }")).Status);
        second.Clock.Advance(CheckInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, (await there.PostAsync("{ me { name } }")).Status);
    }

    [Fact]
    public async Task Failed_sign_ins_count_on_all_instances_together()
    {
        using var second = SecondInstance();
        var here = Factory.CreateDefaultClient();
        var there = second.CreateDefaultClient();
        var credentials = new { email = "nobody@test.graphkam", password = "Wrong-password-1" };
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var instance = attempt % 2 == 0 ? here : there;
            var answer = await instance.PostAsJsonAsync("/auth/login", credentials);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Locked, (await there.PostAsJsonAsync("/auth/login", credentials)).StatusCode);
        Assert.Equal(HttpStatusCode.Locked, (await here.PostAsJsonAsync("/auth/login", credentials)).StatusCode);
    }
}
