using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphKam.GraphQL.Data;

/// <summary>
/// <c>Expression.Call(type, name, …)</c> with the method found once: by name it searches all of the type's methods on
/// every call (a fresh array of <see cref="Queryable"/>'s two hundred), which every page, key list and order of every
/// request paid, a tenth of what a small read allocated.
/// </summary>
public static class QueryMethods
{
    private static readonly ConcurrentDictionary<Signature, MethodInfo> Found = new();

    public static MethodCallExpression Call(Type type, string name, Type[] typeArguments, params Expression[] arguments)
    {
        if (typeArguments.Length > 3 || arguments.Length > 3) return Expression.Call(type, name, typeArguments, arguments);
        var signature = new Signature(type, name, At(typeArguments, 0), At(typeArguments, 1), At(typeArguments, 2),
            At(arguments, 0)?.Type, At(arguments, 1)?.Type, At(arguments, 2)?.Type);
        var method = Found.GetOrAdd(signature,
            static (_, call) => Expression.Call(call.type, call.name, call.typeArguments, call.arguments).Method,
            (type, name, typeArguments, arguments));
        return Expression.Call(method, arguments);
    }

    private static T? At<T>(T[] items, int index) where T : class => index < items.Length ? items[index] : null;

    // Overloads of one name differ by their arguments' types (Where with or without the index), so those are part of it.
    private readonly record struct Signature(Type Type, string Name, Type? First, Type? Second, Type? Third,
        Type? Argument1, Type? Argument2, Type? Argument3);
}
