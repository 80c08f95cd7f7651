using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// Fields one area adds to a type another area owns, as HotChocolate's <c>[ExtendObjectType]</c> does: the owning
/// type takes every registered extension in its constructor and applies them after its own fields, in the order
/// they were registered. So the owner never names (nor depends on) the areas that extend it.
/// </summary>
public interface ITypeExtension<in TType> where TType : IGraphType
{
    void Extend(TType type);
}

public static class TypeExtensions
{
    public static void ApplyExtensions<TType>(this TType type, IEnumerable<ITypeExtension<TType>> extensions)
        where TType : IGraphType
    {
        foreach (var extension in extensions) extension.Extend(type);
    }

    /// <summary>Registers <typeparamref name="TExtension"/> as fields added to <typeparamref name="TType"/>.</summary>
    public static IServiceCollection AddTypeExtension<TType, TExtension>(this IServiceCollection services)
        where TType : IGraphType where TExtension : class, ITypeExtension<TType> =>
        services.AddSingleton<ITypeExtension<TType>, TExtension>();
}
