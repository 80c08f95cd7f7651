using GraphQL;

namespace GraphKam.Server.Common;

/// <summary>Who a change is recorded as made by: the signed-in user's name, "system" for automatic work.</summary>
public static class CurrentActor
{
    public const string System = "system";
    public const string Anonymous = "anonymous";

    public static string Of(IResolveFieldContext context) =>
        context.User?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
