using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// A connection's counts are read after its resolver has returned, when GraphQL.NET has already reused the field's
/// context for another field: they must still be counted with the connection's own arguments.
/// </summary>
public sealed class ConnectionArgumentTests(KnownDataFixture fixture) : IClassFixture<KnownDataFixture>
{
    [Fact]
    public async Task The_total_count_obeys_the_arguments_of_its_own_field()
    {
        var data = await fixture.Client.DataAsync("""
            {
              all: accounts(includeArchived: true) { totalCount nodes { name } }
              active: accounts { totalCount nodes { name } }
            }
            """);

        var all = data.At("all.nodes").GetArrayLength();
        Assert.Equal(all, data.At("all.totalCount").GetInt32());
        Assert.Equal(data.At("active.nodes").GetArrayLength(), data.At("active.totalCount").GetInt32());
        Assert.True(all > data.At("active.nodes").GetArrayLength(), "The known data has an archived account.");
    }
}
