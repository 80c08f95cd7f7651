namespace GraphKam.Tests.Infrastructure;

/// <summary>One server per test class over <see cref="KnownData"/>, for tests that only read.</summary>
public sealed class KnownDataFixture : IAsyncLifetime
{
    public KnownDataFixture() : this(new GraphKamFactory()) { }

    /// <summary>Over a server configured by a factory of its own (xUnit needs one public constructor, so this one is not).</summary>
    internal KnownDataFixture(GraphKamFactory factory) => Factory = WithoutDemoData(factory);

    public GraphKamFactory Factory { get; }

    private static GraphKamFactory WithoutDemoData(GraphKamFactory factory)
    {
        factory.Settings["GraphKam:SeedDemoData"] = "false";
        return factory;
    }
    public KnownData Data { get; private set; } = null!;
    public GraphQLClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.Client();
        Data = await KnownData.SeedAsync(Factory);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>One server per test class over the demo dataset, for tests that only read.</summary>
public sealed class DemoDataFixture : IAsyncLifetime
{
    public GraphKamFactory Factory { get; } = new();
    public GraphQLClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.Client();
        await Client.DataAsync("{ __typename }");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>One server per test class over an empty database (no demo data), for tests of the model and schema.</summary>
public sealed class EmptyServerFixture : IDisposable
{
    public GraphKamFactory Factory { get; } = GraphKamFactory.Empty();

    public void Dispose() => Factory.Dispose();
}
