using GraphKam.Tests.Dashboard;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Ide;

/// <summary>
/// Banana Cake Pop's npm package, installed with the JavaScript clients (npm ci in tests/js-clients): the IDE's
/// files are ChilliCream's and are not kept in this repository.
/// </summary>
public static class BananaCakePopPackage
{
    public static string Folder =>
        Path.Combine(NodeScripts.Folder, "node_modules", "@chillicream", "bananacakepop-graphql-ide");

    public static bool Installed => File.Exists(Path.Combine(Folder, "index.html"));

    public static string NotInstalled =>
        $"Banana Cake Pop is not installed in {Folder}: run `npm ci --prefix tests/js-clients` " +
        "(it needs the npm registry).";
}

/// <summary>A test of the served IDE: skipped with a message when its npm package is not installed.</summary>
public sealed class IdeFactAttribute : FactAttribute
{
    public IdeFactAttribute()
    {
        if (!BananaCakePopPackage.Installed) Skip = BananaCakePopPackage.NotInstalled;
    }
}

/// <summary>A test of the IDE in a real browser: skipped when the package or the browser is missing.</summary>
public sealed class IdeBrowserFactAttribute : FactAttribute
{
    public IdeBrowserFactAttribute()
    {
        if (!BananaCakePopPackage.Installed) Skip = BananaCakePopPackage.NotInstalled;
        else if (!BrowserFactAttribute.Available)
            Skip = $"No browser: install chromium and chromium-driver ({BrowserFactAttribute.Chromium}) to run this.";
    }
}
