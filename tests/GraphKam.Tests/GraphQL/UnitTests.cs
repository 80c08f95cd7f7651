using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Http;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;

namespace GraphKam.Tests.GraphQL;

public sealed class GlobalIdTests
{
    [Fact]
    public void Round_trips_type_and_key()
    {
        var id = GlobalId.Encode("Account", 42);
        Assert.True(GlobalId.TryParse(id, out var parsed));
        Assert.Equal(new GlobalId("Account", 42), parsed);
        Assert.Equal(42, GlobalId.ParseKey(id, "Account"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("QWNjb3VudA")]        // "Account" without a key
    [InlineData("QWNjb3VudDp4")]      // "Account:x"
    [InlineData("QWNjb3VudDotMQ")]    // "Account:-1"
    public void Refuses_what_is_not_an_id(string? value) => Assert.False(GlobalId.TryParse(value, out _));

    [Fact]
    public void An_id_of_one_type_is_never_accepted_as_another()
    {
        var error = Assert.Throws<CodedError>(() => GlobalId.ParseKey(GlobalId.Encode("User", 1), "Account"));
        Assert.Equal("INVALID_ID", error.Code);
    }
}

public sealed class CursorTests
{
    [Fact]
    public void Round_trips_key_values_of_every_kind()
    {
        var values = new object?[] { "名字", 12.5m, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), null, true, DayOfWeek.Friday, 7, 0.25 };
        var types = new[] { typeof(string), typeof(decimal), typeof(DateTime), typeof(int?), typeof(bool), typeof(DayOfWeek), typeof(int), typeof(double?) };
        var ordering = Cursor.Fingerprint("name:Asc,id:Asc");
        var cursor = Cursor.Encode(ordering, values);
        Assert.Equal(values, Cursor.Decode(cursor, ordering, types));
    }

    [Fact]
    public void Refuses_a_cursor_of_another_ordering_or_shape()
    {
        var byName = Cursor.Fingerprint("name:Asc,id:Asc");
        var cursor = Cursor.Encode(byName, ["a", 1]);
        Assert.Equal("INVALID_CURSOR", Assert.Throws<CodedError>(() => Cursor.Decode(cursor, Cursor.Fingerprint("name:Desc,id:Asc"), [typeof(string), typeof(int)])).Code);
        Assert.Equal("INVALID_CURSOR", Assert.Throws<CodedError>(() => Cursor.Decode(cursor, byName, [typeof(int), typeof(int)])).Code);
        Assert.Equal("INVALID_CURSOR", Assert.Throws<CodedError>(() => Cursor.Decode(cursor, Cursor.Fingerprint("id:Asc"), [typeof(int)])).Code);
        Assert.Equal("INVALID_CURSOR", Assert.Throws<CodedError>(() => Cursor.Decode("%%%", byName, [typeof(int)])).Code);
    }
}

public sealed class PagingArgumentsTests
{
    [Theory]
    [InlineData(null, null, 50, false)]
    [InlineData(10, null, 10, false)]
    [InlineData(null, 7, 7, true)]
    [InlineData(0, null, 0, false)]
    [InlineData(500, null, 500, false)]
    public void Size_and_direction(int? first, int? last, int size, bool backward)
    {
        var paging = new PagingArguments(first, null, last, null).Validate();
        Assert.Equal(size, paging.Size);
        Assert.Equal(backward, paging.Backward);
    }

    [Theory]
    [InlineData(501, null, "PAGE_SIZE_EXCEEDED")]
    [InlineData(null, 501, "PAGE_SIZE_EXCEEDED")]
    [InlineData(-1, null, "INVALID_PAGING_ARGUMENTS")]
    [InlineData(1, 1, "INVALID_PAGING_ARGUMENTS")]
    public void Refusals(int? first, int? last, string code) =>
        Assert.Equal(code, Assert.Throws<CodedError>(() => new PagingArguments(first, null, last, null).Validate()).Code);
}

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData(null, MediaTypes.GraphQLResponse)]
    [InlineData("", MediaTypes.GraphQLResponse)]
    [InlineData("application/json", MediaTypes.Json)]
    [InlineData("application/*", MediaTypes.GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0", MediaTypes.Json)]
    [InlineData("text/html;q=1, application/json;q=0.2", MediaTypes.Json)]
    [InlineData("text/html", null)]
    [InlineData("application/json;q=0", null)]
    public void Negotiation(string? accept, string? expected) => Assert.Equal(expected, MediaTypes.Negotiate(accept));
}

public sealed class EnumNamingTests
{
    [Theory]
    [InlineData("Government", "GOVERNMENT")]
    [InlineData("FirstPurchase", "FIRST_PURCHASE")]
    [InlineData("Fortune500", "FORTUNE_500")]
    [InlineData("Sme", "SME")]
    [InlineData("A1", "A_1")]
    public void Constant_case_splits_words_and_digits(string name, string expected) =>
        Assert.Equal(expected, EnumType<DayOfWeek>.ConstantCase(name));
}

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_requested_before_the_first_await_are_fetched_in_one_batch_and_cached()
    {
        var batches = new List<IReadOnlyList<int>>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            batches.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k != 3).ToDictionary(k => k, k => $"v{k}"));
        });
        var pending = new[] { 1, 2, 3, 2 }.Select(loader.Load).ToList();
        var values = await Task.WhenAll(pending.Select(p => p.GetResultAsync()));

        Assert.Equal(new[] { "v1", "v2", null, "v2" }, values.AsEnumerable());
        Assert.Equal([1, 2, 3], Assert.Single(batches));
        Assert.Equal("v1", await loader.Load(1).GetResultAsync());   // cached: no new batch
        Assert.Single(batches);
        await loader.Load(4).GetResultAsync();
        Assert.Equal(2, batches.Count);
    }

    [Fact]
    public async Task A_failed_batch_fails_each_of_its_keys()
    {
        var loader = new BatchLoader<int, string>((_, _) => throw new TimeoutException("db down"));
        var a = loader.Load(1);
        var b = loader.Load(2);
        await Assert.ThrowsAsync<TimeoutException>(() => a.GetResultAsync());
        await Assert.ThrowsAsync<TimeoutException>(() => b.GetResultAsync());
    }
}
