using GraphKam.Server.Common;

namespace GraphKam.Server.Data.Access;

public static class AccessRegistration
{
    /// <summary>The area's read and write rules for the entities it owns.</summary>
    public static AreaBuilder Access<T>(this AreaBuilder area) where T : class, IAccessRules
    {
        area.Services.AddSingleton<IAccessRules, T>();
        return area;
    }
}
