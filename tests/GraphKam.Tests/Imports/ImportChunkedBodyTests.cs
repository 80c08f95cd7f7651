using System.Net;
using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Imports;

/// <summary>
/// An import file sent chunked (no Content-Length) and larger than the limit, on real Kestrel, which cuts the body off
/// at the limit: the answer is the import's own 413 report with <c>FILE_TOO_LARGE</c>, as for a file with a length.
/// </summary>
public sealed class ImportChunkedBodyTests : IDisposable
{
    private readonly GraphKamFactory _factory = GraphKamFactory.Empty();

    public ImportChunkedBodyTests()
    {
        _factory.Settings["GraphKam:Imports:MaxBytes"] = "1000";
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_chunked_file_over_the_limit_gets_the_import_report()
    {
        var client = _factory.Logins.ClientAs(Roles.Director);
        var file = "name,industry,region\n" + string.Concat(Enumerable.Repeat("A,OTHER,Beijing\n", 500));
        // A stream of unknown length: HttpClient sends it chunked.
        using var content = new StreamContent(new UnknownLength(System.Text.Encoding.UTF8.GetBytes(file)));
        content.Headers.ContentType = new("text/csv");
        var response = await client.Http.PostAsync("/import/accounts?dryRun=true", content);
        Assert.Null(response.RequestMessage?.Content?.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FILE_TOO_LARGE", report.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    private sealed class UnknownLength(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
