using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// The snapshot the authorization matrix proves "changed nothing" with: a write through the API is a change until the
/// snapshot is put back, and putting it back leaves every row as it was.
/// </summary>
public sealed class DatabaseSnapshotTests
{
    [Fact]
    public async Task A_write_through_the_api_is_a_change_until_the_snapshot_is_put_back()
    {
        using var factory = GraphKamFactory.Empty();
        var director = factory.Client();
        var product = new { code = "SNAPSHOT-1", name = "Snapshot cloud", family = "Mobile cloud", listPrice = 1_000m };
        await director.DataAsync("{ __typename }");
        var before = DatabaseSnapshot.Checksum(factory);
        using var snapshot = DatabaseSnapshot.Of(factory);
        Assert.False(snapshot.Changed());

        Assert.Empty(GraphQLClient.ErrorTypes(await director.MutateAsync("createProduct", "product { id }", product)));
        Assert.True(snapshot.Changed());
        Assert.NotEqual(before, DatabaseSnapshot.Checksum(factory));

        snapshot.Restore();
        Assert.False(snapshot.Changed());
        Assert.Equal(before, DatabaseSnapshot.Checksum(factory));
        // The same product again: its key and code are free once more (sequences were put back too).
        Assert.Empty(GraphQLClient.ErrorTypes(await director.MutateAsync("createProduct", "product { id }", product)));
        Assert.True(snapshot.Changed());
    }
}
