using GraphKam.GraphQL.Loading;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Mutations;

/// <summary>Mutation resolvers whose service is a parameter, resolved from the request when the mutation runs.</summary>
public static class Handle
{
    public static Func<IResolveFieldContext, Task<Payload>> With<TService>(Func<TService, IResolveFieldContext, Task<Payload>> handle)
        where TService : notnull =>
        context => handle(context.Services().GetRequiredService<TService>(), context);
}
