using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Identity;

/// <summary>
/// Sign-in attempts (<c>/auth/login</c>, <c>/auth/cookie</c>) limited per client address with ASP.NET Core's rate
/// limiter. <see cref="SignInThrottle"/> locks one e-mail address after a few failures from anywhere; this limit
/// slows one address guessing across many e-mails, which the lockout alone would let through.
/// Over the limit: <c>429</c>, <c>Retry-After</c> and <c>{ error: { code: "RATE_LIMITED", message } }</c>.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
                var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return options.SignInAttemptsPerAddress <= 0
                    ? RateLimitPartition.GetNoLimiter(address)
                    : RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.SignInAttemptsPerAddress,
                        Window = options.SignInWindow,
                        QueueLimit = 0,
                    });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var message = $"Too many sign-in attempts from this address; try again in {seconds} s.";
                var body = new { error = new { code = "RATE_LIMITED", message } };
                await response.WriteAsJsonAsync(body, cancellationToken);
            };
        });
}
