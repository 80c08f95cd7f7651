using System.Threading.RateLimiting;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Http;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.RateLimiting;

/// <summary>
/// Rate limits of GraphQL operations with ASP.NET Core's token-bucket limiters, on every transport: each operation
/// takes one permit, and its estimated cost (from the complexity analysis) as many cost permits, from the caller's
/// login and from its address. The buckets refill gradually over the window.
/// </summary>
public sealed class OperationRateLimiter : IDisposable
{
    private const int RefillsPerWindow = 10;
    private readonly RateLimitOptions _limits;
    private readonly PartitionedRateLimiter<string> _operations;
    private readonly PartitionedRateLimiter<string> _cost;

    public OperationRateLimiter(IOptions<GraphQLServerOptions> options)
    {
        _limits = options.Value.RateLimit;
        _operations = Buckets(_limits.OperationsPerLogin, _limits.OperationsPerAddress);
        _cost = Buckets(_limits.CostPerLogin, _limits.CostPerAddress);
    }

    /// <summary>One operation for <paramref name="caller"/>; the error to answer when it is over its rate.</summary>
    public ExecutionError? TryOperation(Caller caller) =>
        Acquire(_operations, caller, 1, "operations", _limits.OperationsPerLogin, _limits.OperationsPerAddress);

    /// <summary>The estimated cost of an operation about to run.</summary>
    public ExecutionError? TryCost(Caller caller, double cost) =>
        cost < 1 ? null : Acquire(_cost, caller, cost, "cost", _limits.CostPerLogin, _limits.CostPerAddress);

    private ValidationError? Acquire(PartitionedRateLimiter<string> limiter, Caller caller, double permits, string what,
        int perLogin, int perAddress)
    {
        if (caller.Login is { } login && perLogin > 0)
        {
            using var lease = limiter.AttemptAcquire("login:" + login, (int)Math.Min(permits, perLogin));
            if (!lease.IsAcquired)
                return Refused(lease, what, $"This login has used its {what} allowance ({perLogin} per {_limits.Window}).");
        }
        if (perAddress <= 0) return null;
        using var byAddress = limiter.AttemptAcquire("address:" + caller.Address, (int)Math.Min(permits, perAddress));
        return byAddress.IsAcquired
            ? null
            : Refused(byAddress, what,
                $"This client address has used its {what} allowance ({perAddress} per {_limits.Window}).");
    }

    private ValidationError Refused(RateLimitLease lease, string limit, string message)
    {
        Telemetry.GraphQLMetrics.RateLimitRefusals.Add(1, new KeyValuePair<string, object?>("graphkam.limit", limit));
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : _limits.Window / RefillsPerWindow;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var error = new ValidationError($"{message} Try again in {seconds} s.") { Code = ErrorCodes.RateLimited };
        error.Data[RetryAfterKey] = seconds;
        return error;
    }

    /// <summary>The key of <c>ExecutionError.Data</c> with the seconds to wait (Retry-After).</summary>
    public const string RetryAfterKey = "retryAfter";

    private PartitionedRateLimiter<string> Buckets(int perLogin, int perAddress) =>
        PartitionedRateLimiter.Create<string, string>(key =>
        {
            var limit = key.StartsWith("login:", StringComparison.Ordinal) ? perLogin : perAddress;
            return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit,
                TokensPerPeriod = Math.Max(1, limit / RefillsPerWindow),
                ReplenishmentPeriod = _limits.Window / RefillsPerWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });

    public void Dispose()
    {
        _operations.Dispose();
        _cost.Dispose();
    }
}
