using System.Linq.Expressions;
using System.Reflection;

namespace GraphKam.GraphQL.Data;

/// <summary>Whether a member can hold null, from its type and its nullable-reference-type annotation.</summary>
public static class Nullability
{
    public static bool CanBeNull(Expression member)
    {
        if (member.Type.IsValueType) return Nullable.GetUnderlyingType(member.Type) != null;
        // A new context each time: NullabilityInfoContext is not thread-safe, and this runs only while schemas are built.
        return member is not MemberExpression { Member: PropertyInfo property }
            || new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;
    }
}
