using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Identity;

/// <summary>
/// An oversize <c>/auth</c> body sent chunked (no Content-Length), on real Kestrel, which cuts it off at 16 KB:
/// the answer is the documented 413 with its code and a message about the size.
/// </summary>
public sealed class AuthChunkedBodyTests : IDisposable
{
    private readonly GraphKamFactory _factory = GraphKamFactory.Empty();
    private readonly Uri _address;

    public AuthChunkedBodyTests()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        using var http = _factory.CreateClient();
        _address = http.BaseAddress!;
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/auth/refresh")]
    [InlineData("/auth/logout")]
    [InlineData("/auth/login")]
    public async Task A_chunked_oversize_body_is_413_in_the_documented_shape(string path)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(_address.Host, _address.Port);
        var stream = socket.GetStream();
        var json = "{\"refreshToken\":\"" + new string('a', 40_000) + "\"}";
        var request = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n")
            .Append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
            .Append(CultureInfo.InvariantCulture, $"{json.Length:x}\r\n{json}\r\n0\r\n\r\n").ToString();
        // The server may answer before it has read everything: a reset while writing is fine.
        try { await stream.WriteAsync(Encoding.ASCII.GetBytes(request)); }
        catch (IOException) { }
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var reply = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("HTTP/1.1 413", reply, StringComparison.Ordinal);
        var body = reply[(reply.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        if (reply.Contains("chunked", StringComparison.OrdinalIgnoreCase)) body = Unchunk(body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        Assert.Equal("REQUEST_TOO_LARGE", error.GetProperty("code").GetString());
        Assert.Contains("larger than 16384 bytes", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static string Unchunk(string chunked)
    {
        var text = new StringBuilder();
        for (var at = 0; ;)
        {
            var line = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..line], 16);
            if (size == 0) return text.ToString();
            text.Append(chunked, line + 2, size);
            at = line + 2 + size + 2;
        }
    }
}
