using System.Net;

namespace GraphKam.GraphQL.Ide;

/// <summary>
/// The IDE's files fetched on request from ChilliCream's content-delivery network and passed on unchanged, as
/// HotChocolate's default serve mode and ChilliCream's own Express middleware do. Only files below the
/// configured address can be asked for (the path is checked before), so the server fetches nothing else.
/// </summary>
public sealed class CdnIdeFiles(HttpClient http, string baseUrl) : IIdeFiles
{
    public const string HttpClientName = "GraphKam.Ide";

    public async Task<IdeFile?> OpenAsync(string path, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync($"{baseUrl.TrimEnd('/')}/{path}", HttpCompletionOption.ResponseHeadersRead,
                cancellationToken);
        }
        // A timeout surfaces as a cancellation the caller did not ask for.
        catch (Exception exception) when (exception is HttpRequestException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Unavailable($"it could not be reached ({exception.Message})", exception);
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound) return null;
            if (!response.IsSuccessStatusCode) throw Unavailable($"it answered {(int)response.StatusCode}");
            // The files are small (a few MB at most) and the IDE is a development tool: buffering keeps this simple.
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new IdeFile(new MemoryStream(content, writable: false),
                response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", content.Length);
        }
    }

    private IdeUnavailableException Unavailable(string reason, Exception? inner = null) => new(
        $"Banana Cake Pop could not be loaded from {baseUrl}: {reason}. Without network access, name a folder " +
        "holding its npm package in GraphKam:GraphQL:Ide:Folder.", inner);
}
