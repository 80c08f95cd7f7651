using System.Data.Common;
using System.Net;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Identity;

/// <summary>
/// The server remembers for an interval whether a session holds, and forgets it when the session ends here. A check
/// that read the session just before a sign-out must not put the old answer back after the sign-out forgot it.
/// </summary>
public sealed class SessionCacheRaceTests() : SessionTest(new HeldReadFactory())
{
    private const string Me = "{ me { name } }";

    private HeldRead Held => ((HeldReadFactory)Factory).Held;

    [Fact]
    public async Task A_check_that_read_the_session_before_a_sign_out_does_not_keep_it_alive()
    {
        var (access, _) = await TokensAsync(await LoginAsync(Roles.AccountManager));
        var client = WithBearer(access);

        // A request's check reads the session (still open) and is held before it remembers the answer...
        Held.Arm("LoginSessions");
        var racing = client.PostAsync(Me);
        await Held.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        // ... while the same session signs out, which ends it and forgets what was known of it.
        Assert.Equal(HttpStatusCode.NoContent, (await client.Http.PostAsync("/auth/logout", null)).StatusCode);
        Held.Release();
        await racing.WaitAsync(TimeSpan.FromSeconds(30)); // it raced the sign-out: either answer is fair

        var afterwards = await client.PostAsync(Me);
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.Status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], afterwards.ErrorCodes);
    }

    private sealed class HeldReadFactory : GraphKamFactory
    {
        public HeldReadFactory() => Settings["GraphKam:SeedDemoData"] = "false";

        public HeldRead Held { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Held));
        }
    }

    /// <summary>
    /// Once armed, holds the first query whose SQL names the marker after the database answered it and before its
    /// reader closes: the rows are read, the caller has not yet acted on them.
    /// </summary>
    private sealed class HeldRead : DbCommandInterceptor
    {
        private readonly ArmedMarker _marker = new();
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => _reached.Task;

        public void Arm(string marker) => _marker.Arm(marker);

        public void Release() => _released.TrySetResult();

        public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData,
            InterceptionResult result)
        {
            if (Take(command)) _released.Task.Wait(TimeSpan.FromSeconds(30));
            return result;
        }

        public override async ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command,
            DataReaderClosingEventData eventData, InterceptionResult result)
        {
            if (Take(command)) await _released.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return result;
        }

        private bool Take(DbCommand command)
        {
            if (!_marker.TakeIn(command.CommandText)) return false;
            _reached.TrySetResult();
            return true;
        }
    }
}
