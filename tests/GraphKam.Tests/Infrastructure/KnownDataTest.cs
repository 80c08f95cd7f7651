namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// A test class whose every test gets its own server over <see cref="KnownData"/> (xUnit makes a new instance per
/// test), for tests that write or move the clock.
/// </summary>
public abstract class KnownDataTest : IAsyncLifetime
{
    protected KnownDataFixture Server { get; } = new();
    protected GraphKamFactory Factory => Server.Factory;
    protected GraphQLClient Client => Server.Client;
    protected KnownData Known => Server.Data;

    public virtual Task InitializeAsync() => Server.InitializeAsync();
    public Task DisposeAsync() => Server.DisposeAsync();
}
