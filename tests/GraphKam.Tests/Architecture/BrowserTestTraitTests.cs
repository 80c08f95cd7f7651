using System.Reflection;
using GraphKam.Tests.Dashboard;

namespace GraphKam.Tests.Architecture;

/// <summary>
/// Browser tests cannot tell the database providers apart, so the PostgreSQL run of <c>.ci/run</c> leaves them out by
/// the <c>Provider=Independent</c> trait. A new browser test class without it runs twice (the admin view's did) and
/// shares a machine's two cores with the other run's browsers.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class BrowserTestTraitTests
{
    [Fact]
    public void Every_class_with_browser_tests_is_marked_provider_independent()
    {
        var browserTests = typeof(BrowserFactAttribute).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<BrowserFactAttribute>() != null))
            .ToList();
        var unmarked = browserTests.Where(type => !type.GetCustomAttributesData().Any(trait =>
                trait.AttributeType == typeof(TraitAttribute)
                && trait.ConstructorArguments.Select(argument => argument.Value as string)
                    .SequenceEqual(["Provider", "Independent"])))
            .Select(type => type.FullName).ToList();

        Assert.True(browserTests.Count >= 5, $"Only {browserTests.Count} browser test classes found.");
        Assert.True(unmarked.Count == 0, "Without [Trait(\"Provider\", \"Independent\")]: " + string.Join(", ", unmarked));
    }
}
