using System.Net;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>Unexpected failures reach the client as a neutral error with a correlation ID that the log holds.</summary>
public sealed class ErrorShapeTests : IDisposable
{
    private readonly ProbeFactory _factory = new();

    [Fact]
    public async Task An_unexpected_exception_carries_a_correlation_ID_that_is_in_the_log()
    {
        var response = await _factory.Client().PostAsync("{ fault }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["INTERNAL_ERROR"], response.ErrorCodes);
        var correlationId = response.Errors[0].At("extensions.correlationId").GetString();
        Assert.Matches("^[0-9a-f]{32}$", correlationId!);
        Assert.Contains(correlationId!, response.Errors[0].GetProperty("message").GetString());
        Assert.DoesNotContain("secret", response.Text);
        Assert.DoesNotContain("InvalidOperationException", response.Text);
        Assert.Contains(_factory.Log.Messages, m => m.Contains(correlationId!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_failure_has_its_own_correlation_ID()
    {
        var response = await _factory.Client().PostAsync("{ a: fault b: fault }");
        var ids = response.Errors.Select(e => e.At("extensions.correlationId").GetString()).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    public void Dispose() => _factory.Dispose();
}
