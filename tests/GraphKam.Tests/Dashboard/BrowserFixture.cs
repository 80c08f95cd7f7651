using System.Net;
using GraphKam.Tests.Infrastructure;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace GraphKam.Tests.Dashboard;

/// <summary>The server with the demo data on a loopback port, and a headless chromium driven through chromedriver.</summary>
public sealed class BrowserFixture : IDisposable
{
    public GraphKamFactory Factory { get; } = new();
    public GraphQLClient Director { get; }
    public Uri BaseAddress { get; }
    private readonly Lazy<ChromeDriver> _driver;

    public BrowserFixture() : this(new Dictionary<string, string?>()) { }

    /// <summary>
    /// A server with extra settings, e.g. a portal origin in <c>GraphKam:Cors:Origins</c> (xUnit needs one public
    /// constructor, so this one is not).
    /// </summary>
    internal BrowserFixture(IDictionary<string, string?> settings)
    {
        foreach (var (key, value) in settings) Factory.Settings[key] = value;
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        Director = Factory.Client();
        BaseAddress = new Uri(Director.Http.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/");
        _driver = new Lazy<ChromeDriver>(StartBrowser);
    }

    public ChromeDriver Browser => _driver.Value;

    private static ChromeDriver StartBrowser()
    {
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        // A laptop's window: at 1280x2000 drawing the page cost chromium a fifth more CPU (the dashboard tests took 142
        // CPU-seconds instead of 116), and no test needs more than fits, as a user scrolls.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=en");
        // The console is kept so tests can look for Content-Security-Policy violations and failed loads.
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.ChromeDriver)!, Path.GetFileName(BrowserFactAttribute.ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>Waits for a condition; elements replaced by a re-render meanwhile are simply looked up again.</summary>
    public WebDriverWait Wait(double seconds = 10)
    {
        var wait = new WebDriverWait(Browser, TimeSpan.FromSeconds(seconds)) { PollingInterval = TimeSpan.FromMilliseconds(50) };
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException),
            typeof(NoSuchShadowRootException));
        return wait;
    }

    /// <summary>Opens the dashboard, signs in through its form and waits until every view has drawn.</summary>
    public void SignIn(string email)
    {
        SubmitSignIn(email, TestLogins.DemoPassword);
        Wait(20).Until(d => d.FindElement(By.TagName("body")).GetDomAttribute("data-ready") == "true");
    }

    /// <summary>The partner widgets' element names.</summary>
    public static readonly string[] Widgets =
        ["graphkam-funnel", "graphkam-scorecard", "graphkam-accounts", "graphkam-org-chart"];

    /// <summary>Waits until each of these widgets has drawn its data.</summary>
    public void WidgetsReady(params string[] widgets)
    {
        foreach (var widget in widgets.Length > 0 ? widgets : Widgets)
            Wait(20).Until(d => d.FindElement(By.TagName(widget)).GetDomAttribute("data-ready") == "true");
    }

    /// <summary>Opens the demo portal (embed.html), signs in as the first partner and waits for the widgets.</summary>
    public void SignInToPortal()
    {
        Browser.Navigate().GoToUrl(new Uri(BaseAddress, "embed.html"));
        Browser.FindElement(By.Id("portal-password")).SendKeys(TestLogins.DemoPassword);
        Browser.FindElement(By.CssSelector("#portal-sign-in button")).Click();
        WidgetsReady();
    }

    /// <summary>Opens the dashboard signed out (no cookie) and submits its sign-in form.</summary>
    public void SubmitSignIn(string email, string password)
    {
        OpenSignedOut();
        Browser.FindElement(By.Id("email")).SendKeys(email);
        Browser.FindElement(By.Id("password")).SendKeys(password);
        Browser.FindElement(By.CssSelector("#sign-in-form button[type=submit]")).Click();
    }

    /// <summary>Resizes the window and waits until the page has laid itself out again at that width.</summary>
    public void Resize(int width, int height = 2000)
    {
        Browser.Manage().Window.Size = new System.Drawing.Size(width, height);
        Wait().Until(_ => NextFrame());
    }

    /// <summary>Waits two animation frames: resize observers and container queries have run by then.</summary>
    public bool NextFrame() => ((IJavaScriptExecutor)Browser).ExecuteAsyncScript(
        "requestAnimationFrame(() => requestAnimationFrame(() => arguments[0](true)))") is true;

    /// <summary>Runs a script that returns a list of problems as strings; fails with them unless it is empty.</summary>
    public void AssertNone(string what, string script, params object[] arguments)
    {
        var js = (IJavaScriptExecutor)Browser;
        var problems = (IReadOnlyCollection<object>)js.ExecuteScript(PageScripts.Prelude + script, arguments)!;
        Assert.True(problems.Count == 0, $"{what}: {string.Join("; ", problems)}");
    }

    /// <summary>The browser console's messages since the last call (each call empties it).</summary>
    public IReadOnlyList<string> ConsoleMessages() =>
        Browser.Manage().Logs.GetLog(LogType.Browser).Select(entry => $"{entry.Level}: {entry.Message}").ToList();

    /// <summary>Fails with the console messages that report a Content-Security-Policy violation, if any.</summary>
    public void AssertNoCspViolations()
    {
        var violations = ConsoleMessages()
            .Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>Opens the dashboard signed out (no cookie): its sign-in form.</summary>
    public void OpenSignedOut()
    {
        Browser.Navigate().GoToUrl(BaseAddress);
        Browser.Manage().Cookies.DeleteAllCookies();
        Browser.Navigate().GoToUrl(BaseAddress);
        Wait().Until(d => d.FindElement(By.Id("sign-in")).Displayed);
    }

    /// <summary>Where test artefacts go: TestResults/ at the top of the repository (not committed).</summary>
    public static string ArtefactPath(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder != null && !File.Exists(Path.Combine(folder.FullName, "GraphKam.sln"))) folder = folder.Parent;
        var results = Path.Combine(folder?.FullName ?? Path.GetTempPath(), "TestResults", "browser");
        Directory.CreateDirectory(results);
        return Path.Combine(results, name);
    }

    public void Dispose()
    {
        if (_driver.IsValueCreated) _driver.Value.Quit();
        Factory.Dispose();
    }
}
