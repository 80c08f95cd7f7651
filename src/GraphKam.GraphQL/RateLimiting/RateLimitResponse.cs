using System.Globalization;
using GraphKam.GraphQL.Errors;
using GraphQL;

namespace GraphKam.GraphQL.RateLimiting;

/// <summary>How an HTTP response tells a caller over its rate to wait: 429 and <c>Retry-After</c> seconds.</summary>
internal static class RateLimitResponse
{
    /// <summary>The Retry-After value when <paramref name="result"/> was refused for the rate; else null.</summary>
    public static string? RetryAfter(ExecutionResult result) =>
        result.Errors?.FirstOrDefault(e => e.Code == ErrorCodes.RateLimited) is { } refused
            ? Convert.ToString(refused.Data[OperationRateLimiter.RetryAfterKey] ?? 1, CultureInfo.InvariantCulture)
            : null;
}
