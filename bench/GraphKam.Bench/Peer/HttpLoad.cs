using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace GraphKam.Bench.Peer;

/// <summary>What one read did during one measured window (and when, in seconds from its start, each answer came).</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50, double P99, int Errors, int Requests,
    IReadOnlyList<double> AnsweredAt);

/// <summary>
/// A fixed number of connections, each sending the same GraphQL POST again as soon as its reply is in (keep-alive, no
/// pipelining), for a fixed time. A request counts as an error on a transport failure, a timeout (10 s), a non-2xx
/// status or a reply with "errors" in it; latencies are those of the successful requests.
/// </summary>
public sealed class HttpLoad : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public HttpLoad(Uri endpoint, int connections, string? bearer)
    {
        _endpoint = endpoint;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
        if (bearer != null) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
    }

    /// <summary>Sends the request once: the reply's size, or why it is not clean.</summary>
    public async Task<(int Bytes, string? Problem)> VerifyAsync(byte[] body)
    {
        try
        {
            using var response = await _http.PostAsync(_endpoint, Content(body));
            var reply = await response.Content.ReadAsStringAsync();
            var clean = response.IsSuccessStatusCode && reply.StartsWith("{\"data\"", StringComparison.Ordinal)
                && !reply.Contains("\"errors\"", StringComparison.Ordinal);
            return (Encoding.UTF8.GetByteCount(reply),
                clean ? null : $"{(int)response.StatusCode}: {reply[..Math.Min(300, reply.Length)]}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (0, e.Message);
        }
    }

    public async Task<LoadResult> RunAsync(byte[] body, int connections, TimeSpan duration)
    {
        var latencies = new List<double>[connections];
        var answered = new List<double>[connections];
        var errors = 0;
        var start = Stopwatch.GetTimestamp();
        var until = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async connection =>
        {
            var mine = latencies[connection] = [];
            var times = answered[connection] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await SendAsync(body))
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToList();
        double At(double q) => all.Count == 0 ? 0 : all[(int)Math.Min(all.Count - 1, q * all.Count)];
        return new LoadResult(all.Count / duration.TotalSeconds, At(0.5), At(0.99), errors, all.Count + errors,
            answered.SelectMany(a => a).ToList());
    }

    private async Task<bool> SendAsync(byte[] body)
    {
        try
        {
            using var response = await _http.PostAsync(_endpoint, Content(body));
            var reply = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode && reply.AsSpan().IndexOf("\"errors\""u8) < 0;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static ByteArrayContent Content(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public void Dispose() => _http.Dispose();
}
