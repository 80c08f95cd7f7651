using OpenQA.Selenium;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// The funnel and tier charts at a phone's, a tablet's and a desktop's width: text at 12 CSS px or more as drawn
/// (an SVG scaled down to its box once drew 13 px labels at 6 px), nothing sticking out, a text alternative naming
/// every bar, and every bar's number in the table beside the chart (where the numbers that do not fit go).
/// </summary>
[Trait("Provider", "Independent")]
public sealed class ChartTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public void The_charts_are_legible_at_every_width_and_their_numbers_are_in_the_tables()
    {
        fixture.SignIn("director@demo.graphkam");
        Assert.Equal(2, fixture.Browser.FindElements(By.CssSelector("#funnel .chart, #tiers .chart")).Count);
        foreach (var width in new[] { 375, 768, 1280 })
        {
            fixture.Resize(width);
            fixture.AssertNone($"{width} px: text drawn under 12 px", """
                const hasText = (e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
                const scale = (e) => (e instanceof SVGGraphicsElement ? e.getScreenCTM().a : 1);
                return all().filter((e) => e.closest('.chart') && hasText(e) && e.getClientRects().length > 0)
                  .map((e) => [e, parseFloat(getComputedStyle(e).fontSize) * scale(e)])
                  .filter(([, size]) => size < 12)
                  .map(([e, size]) => `${describe(e)} "${e.textContent}" at ${size.toFixed(1)} px`);
                """);
            fixture.AssertNone($"{width} px: chart content beyond the chart", """
                return all().filter((e) => e.matches('.chart')).flatMap((chart) => {
                  const edge = chart.getBoundingClientRect().right + 1;
                  const out = (e) => e.getBoundingClientRect().right > edge || e.scrollWidth > e.clientWidth + 1;
                  return [chart, ...chart.querySelectorAll('*')].filter(out)
                    .map((e) => `${describe(e)} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`);
                });
                """);
        }
        fixture.AssertNone("a chart whose text alternative misses a bar", """
            const name = (c) => c.getAttribute('aria-label') ?? (c.getAttribute('aria-labelledby') ?? '').split(' ')
              .map((id) => c.getRootNode().getElementById(id)?.textContent).join(' ');
            return all().filter((e) => e.matches('.chart')).flatMap((chart) => chart.getAttribute('role') !== 'img'
              ? [`${describe(chart)} is no image`]
              : [...chart.querySelectorAll('.bar')].map((bar) => bar.dataset.label)
                .filter((label) => !name(chart).includes(label)));
            """);
        fixture.AssertNone("a bar's number that no table row holds", """
            return [...document.querySelectorAll('.chart .bar')].flatMap((bar) => {
              const section = bar.closest('section');
              const value = Number(bar.dataset.value).toLocaleString('en');
              const row = [...section.querySelectorAll('table tr')]
                .find((r) => r.querySelector('th')?.textContent === bar.dataset.label);
              const held = row && [...row.querySelectorAll('td')].some((cell) => cell.textContent === value);
              return held ? [] : [`${section.id}: ${bar.dataset.label} ${value}`];
            });
            """);
        fixture.AssertNoCspViolations();
    }
}
