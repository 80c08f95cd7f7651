using GraphKam.GraphQL.Schema;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Common;

/// <summary>
/// One area of GraphKam (accounts, tiers, the funnel, …), registered as a whole: its root fields, the fields it adds
/// to other areas' types, its services and options, its access rules and its start-up work. Its EF Core
/// configurations are found in its folder. Setup lists the areas once, and that list's order is the order of their
/// fields in the schema.
/// </summary>
public interface IArea
{
    void Register(AreaBuilder area);
}

/// <summary>What an area registers, on the application's services.</summary>
public sealed class AreaBuilder(IServiceCollection services, IConfiguration configuration)
{
    public IServiceCollection Services => services;
    public IConfiguration Configuration => configuration;

    public AreaBuilder Query<T>() where T : class, IQueryFields => Add<IQueryFields, T>();
    public AreaBuilder Mutations<T>() where T : class, IMutationFields => Add<IMutationFields, T>();
    public AreaBuilder Subscriptions<T>() where T : class, ISubscriptionFields => Add<ISubscriptionFields, T>();

    /// <summary>Fields this area adds to a type another area owns.</summary>
    public AreaBuilder Extend<TType, TExtension>() where TType : IGraphType where TExtension : class, ITypeExtension<TType>
    {
        services.AddTypeExtension<TType, TExtension>();
        return this;
    }

    /// <summary>Options bound from a configuration section (e.g. <c>GraphKam:Tiers</c>).</summary>
    public OptionsBuilder<T> Options<T>(string section) where T : class => services.AddOptions<T>().BindConfiguration(section);

    private AreaBuilder Add<TService, TImplementation>() where TService : class where TImplementation : class, TService
    {
        services.AddSingleton<TService, TImplementation>();
        return this;
    }
}
