using GraphKam.Server.Setup;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Operations;

/// <summary>The two ways to misplace the Prometheus port are told at start-up, not found out later.</summary>
public sealed class MetricsPortWarningTests
{
    private static IReadOnlyList<string> Warnings(int? port, params string[] addresses)
    {
        using var capture = new LogCapture();
        MetricsEndpoint.WarnAboutPort(capture.CreateLogger("test"), port, addresses);
        return capture.Messages;
    }

    [Fact]
    public void A_port_the_server_does_not_listen_on_is_warned_about()
    {
        var warning = Assert.Single(Warnings(9464, "http://127.0.0.1:5000"));
        Assert.Contains("does not listen there", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metrics_port_that_is_the_only_one_is_warned_about()
    {
        var warning = Assert.Single(Warnings(9464, "http://127.0.0.1:9464"));
        Assert.Contains("GraphQL and the dashboard answer nowhere", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metrics_port_beside_the_main_one_or_none_at_all_is_quiet()
    {
        Assert.Empty(Warnings(9464, "http://127.0.0.1:5000", "http://127.0.0.1:9464"));
        Assert.Empty(Warnings(null, "http://127.0.0.1:5000"));
    }
}
