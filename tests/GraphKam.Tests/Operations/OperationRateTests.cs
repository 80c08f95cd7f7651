using GraphKam.GraphQL.Telemetry;

namespace GraphKam.Tests.Operations;

/// <summary>
/// The admin view's "requests per minute" is a rate over the clock's last five minutes: idle minutes count as zero,
/// so a burst long past does not read as the load of now.
/// </summary>
public sealed class OperationRateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 30, TimeSpan.Zero);

    private static MinuteActivity At(int minutesAgo, long operations) =>
        new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero).AddMinutes(-minutesAgo), operations, 0);

    [Fact]
    public void A_burst_forty_minutes_ago_is_not_todays_rate()
    {
        Assert.Equal(0, OperationStatistics.PerMinute([At(40, 600), At(39, 600)], Now, 5));
    }

    [Fact]
    public void Idle_minutes_in_the_span_count_as_zero()
    {
        // 50 operations in the current minute and 50 three minutes ago: 100 over five minutes.
        Assert.Equal(20, OperationStatistics.PerMinute([At(10, 999), At(3, 50), At(0, 50)], Now, 5));
    }

    [Fact]
    public void The_minute_that_began_five_minutes_before_the_current_one_is_outside_the_span()
    {
        Assert.Equal(2, OperationStatistics.PerMinute([At(5, 1000), At(4, 10)], Now, 5));
    }

    [Fact]
    public void A_clock_that_jumps_past_the_window_while_an_operation_is_recorded_does_not_fail_the_operation()
    {
        // Every test server's statistics hear every operation of the process, each by its own (fake) clock, which
        // another test may advance at any moment: here by two hours at every reading.
        using var statistics = new OperationStatistics(new JumpingClock());
        GraphQLMetrics.OperationDuration.Record(0.001,
            new KeyValuePair<string, object?>("graphql.operation.name", "JumpingClockTest"));
        Assert.NotNull(statistics.Minutes());
    }

    private sealed class JumpingClock : TimeProvider
    {
        private DateTimeOffset _now = Now;

        public override DateTimeOffset GetUtcNow() => _now = _now.AddHours(2);
    }
}
