using System.Net;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
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

    public BrowserFixture()
    {
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
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000", "--lang=en");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.ChromeDriver)!, Path.GetFileName(BrowserFactAttribute.ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>Waits for a condition; elements replaced by a re-render meanwhile are simply looked up again.</summary>
    public WebDriverWait Wait(double seconds = 10)
    {
        var wait = new WebDriverWait(Browser, TimeSpan.FromSeconds(seconds)) { PollingInterval = TimeSpan.FromMilliseconds(50) };
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        return wait;
    }

    /// <summary>Opens the dashboard, signs in through its form and waits until every view has drawn.</summary>
    public void SignIn(string email)
    {
        SubmitSignIn(email, TestLogins.DemoPassword);
        Wait(20).Until(d => d.FindElement(By.TagName("body")).GetDomAttribute("data-ready") == "true");
    }

    /// <summary>Opens the dashboard signed out (no cookie) and submits its sign-in form.</summary>
    public void SubmitSignIn(string email, string password)
    {
        Browser.Navigate().GoToUrl(BaseAddress);
        Browser.Manage().Cookies.DeleteAllCookies();
        Browser.Navigate().GoToUrl(BaseAddress);
        Wait().Until(d => d.FindElement(By.Id("sign-in")).Displayed);
        Browser.FindElement(By.Id("email")).SendKeys(email);
        Browser.FindElement(By.Id("password")).SendKeys(password);
        Browser.FindElement(By.CssSelector("#sign-in-form button[type=submit]")).Click();
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
