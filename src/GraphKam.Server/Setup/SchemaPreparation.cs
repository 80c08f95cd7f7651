using GraphQL.Types;

namespace GraphKam.Server.Setup;

/// <summary>
/// Builds the GraphQL schema (about a second of a start, mostly the JIT) on another thread while the database is
/// being prepared, so that the two take the time of the longer one on a machine with two cores or more.
/// <see cref="StartupWarmup"/> waits for it; with the warm-up off, the first request builds the schema.
/// </summary>
public sealed class SchemaPreparation(ISchema schema, IConfiguration configuration) : IHostedLifecycleService
{
    private Task _ready = Task.CompletedTask;

    /// <summary>Whether the server prepares itself before it listens (<c>GraphKam:WarmUpAtStart</c>, on by default).</summary>
    public bool WarmsUpAtStart { get; } = configuration.GetValue("GraphKam:WarmUpAtStart", true);

    /// <summary>Done when the schema is built (or was not to be built at start).</summary>
    public Task Ready => _ready;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (WarmsUpAtStart) _ready = Task.Run(schema.Initialize, cancellationToken);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
