namespace GraphKam.GraphQL.RateLimiting;

/// <summary>
/// How much one caller may ask of the server, bound from <c>GraphKam:GraphQL:RateLimit</c>: GraphQL operations and
/// their estimated cost per <see cref="Window"/>, per signed-in login and per client address. Zero turns a limit off.
/// </summary>
public sealed class RateLimitOptions
{
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public int OperationsPerLogin { get; set; } = 1_200;

    public int OperationsPerAddress { get; set; } = 6_000;

    public int CostPerLogin { get; set; } = 5_000_000;

    public int CostPerAddress { get; set; } = 20_000_000;
}
