using System.Text.Json;

namespace GraphKam.Server.Identity;

/// <summary>Reads the optional JSON body of an <c>/auth</c> endpoint: a malformed one is reported.</summary>
public static class AuthBodies
{
    /// <summary>
    /// The body as <typeparamref name="T"/>; null when there is none (no JSON content type, or an empty body), and
    /// <c>Malformed</c> when it is not JSON of that shape.
    /// </summary>
    public static async Task<(T? Value, bool Malformed)> ReadOptionalAsync<T>(HttpRequest request,
        CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType() || request.ContentLength == 0) return (null, false);
        try
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text) ? (null, false) : (JsonSerializer.Deserialize<T>(text, Json), false);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
