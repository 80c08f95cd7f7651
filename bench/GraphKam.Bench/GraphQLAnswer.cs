using System.Text.Json;

namespace GraphKam.Bench;

/// <summary>Reads a GraphQL answer for failures, wherever the server reports them.</summary>
public static class GraphQLAnswer
{
    /// <summary>
    /// True when the answer has top-level <c>errors</c>, or a mutation payload lists <c>errors</c>: domain errors
    /// come only in the payload (HotChocolate's mutation conventions), so a failed write has no top-level error.
    /// Throws <see cref="JsonException"/> when the body is not JSON.
    /// </summary>
    public static bool HasErrors(string body)
    {
        using var answer = JsonDocument.Parse(body);
        var root = answer.RootElement;
        if (root.TryGetProperty("errors", out _)) return true;
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object) return false;
        return data.EnumerateObject().Any(field => field.Value.ValueKind == JsonValueKind.Object
            && field.Value.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0);
    }
}
