using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.RateLimiting;

/// <summary>
/// Spends an operation's estimated cost from its caller's allowance once the complexity analysis has priced it
/// (and found it within <c>MaxComplexity</c>), still before anything runs.
/// </summary>
internal static class CostCheck
{
    public static Task SpendAsync(ComplexityValidationContext context)
    {
        var validation = context.ValidationContext;
        if (context.Error == null
            && validation.UserContext.TryGetValue(Caller.UserContextKey, out var value) && value is Caller caller
            && validation.RequestServices?.GetService<OperationRateLimiter>() is { } limiter
            && limiter.TryCost(caller, context.TotalImpact) is ValidationError refused)
            context.Error = refused;
        return Task.CompletedTask;
    }
}
