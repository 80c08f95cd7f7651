using GraphKam.Server.Common;

namespace GraphKam.Server.Imports;

public static class ImportRegistration
{
    /// <summary>
    /// Rows of <typeparamref name="T"/> can be imported (<c>/import/{kind}</c>, the <c>import</c> command): the area that
    /// owns the create mutation says so, so the import area knows no area.
    /// </summary>
    public static AreaBuilder Imports<T>(this AreaBuilder area) where T : ImportKind
    {
        area.Services.AddSingleton<ImportKind, T>();
        return area;
    }
}
