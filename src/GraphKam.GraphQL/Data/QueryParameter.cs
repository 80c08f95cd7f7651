using System.Linq.Expressions;

namespace GraphKam.GraphQL.Data;

/// <summary>
/// Puts a client-supplied value into an expression tree the way a C# closure would, so that EF Core sends it as
/// a SQL parameter. A plain constant would be inlined into the SQL text and grow EF's query cache with every new
/// value a client sends.
/// </summary>
public static class QueryParameter
{
    public static Expression For<T>(T value) => Expression.Field(Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));

    public static Expression For(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(holder), "Value");
    }

    private sealed class Holder<T>(T value)
    {
        public readonly T Value = value;
    }
}
