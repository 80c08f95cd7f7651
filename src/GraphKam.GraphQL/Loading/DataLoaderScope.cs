using System.Collections.Concurrent;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Loading;

/// <summary>
/// The loaders of one request (a scoped service): each loader is created once per key and then shared by every
/// resolver of that request, which is what lets their keys batch together.
/// </summary>
public sealed class DataLoaderScope
{
    /// <summary>Where an execution may carry loaders of its own (a subscription event's), instead of the request's.</summary>
    public const string ContextKey = "GraphKam.Loaders";

    private readonly ConcurrentDictionary<object, object> _loaders = new();

    public TLoader GetOrAdd<TLoader>(object key, Func<TLoader> create) where TLoader : class =>
        (TLoader)_loaders.GetOrAdd(key, _ => create());
}

public static class DataLoaderScopeExtensions
{
    /// <summary>The request's services; every transport of ours executes with them.</summary>
    public static IServiceProvider Services(this IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("GraphQL requests must run with RequestServices set.");

    public static DataLoaderScope Loaders(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(DataLoaderScope.ContextKey, out var own) && own is DataLoaderScope scope
            ? scope
            : context.Services().GetRequiredService<DataLoaderScope>();
}
