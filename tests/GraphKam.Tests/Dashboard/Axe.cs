using System.Diagnostics;
using System.Text.Json;
using OpenQA.Selenium;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// axe-core (pinned in tests/js-clients/package.json) injected into the page through Selenium: the WCAG 2.0, 2.1
/// and 2.2 A/AA rules and axe's best practices, of which no critical or serious violation is accepted.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(Load);

    /// <summary>The critical and serious violations on the page (or inside the elements <paramref name="include"/>
    /// selects, shadow roots included), one line each: rule, impact, help and the offending elements.</summary>
    public static IReadOnlyList<string> SeriousViolations(IWebDriver browser, string? include = null)
    {
        var js = (IJavaScriptExecutor)browser;
        if (js.ExecuteScript("return typeof window.axe") as string != "object") js.ExecuteScript(Source.Value);
        var json = (string?)js.ExecuteAsyncScript("""
            const [include, done] = arguments;
            const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
            axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: tags } })
              .then((result) => done(JSON.stringify(result.violations
                .filter((v) => v.impact === 'critical' || v.impact === 'serious')
                .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target))}`))))
              .catch((error) => done(JSON.stringify([`axe failed: ${error}`])));
            """, include!) ?? "[\"axe returned nothing\"]";
        return JsonSerializer.Deserialize<string[]>(json)!;
    }

    private static string Load()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "js-clients");
        var script = Path.Combine(folder, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(script))
        {
            // The lock file pins the versions; the same command as in .ci/run.
            var install = new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder };
            using var npm = Process.Start(install)
                ?? throw new InvalidOperationException("npm could not start; it installs axe-core for this test.");
            npm.WaitForExit(TimeSpan.FromMinutes(3));
        }
        return File.ReadAllText(script);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "GraphKam.sln"))) return folder.FullName;
        throw new InvalidOperationException("Run the tests from within the repository.");
    }
}
