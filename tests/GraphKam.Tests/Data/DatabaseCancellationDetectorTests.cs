using GraphKam.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Data;

/// <summary>
/// What EF Core logs as a cancellation (Debug) rather than a failure (Error, with a stack trace): a statement the
/// caller's token interrupted, also when SaveChanges wraps it, and nothing else.
/// </summary>
public sealed class DatabaseCancellationDetectorTests
{
    private static readonly SqliteException Interrupted = new("SQLite Error 9: 'interrupted'.", 9);

    [Fact]
    public void An_interrupt_is_a_cancellation_only_when_the_token_fired_however_deeply_it_is_wrapped()
    {
        var detector = new DatabaseCancellationDetector();
        using var fired = new CancellationTokenSource();
        fired.Cancel();
        var saved = new DbUpdateException("An error occurred while saving the entity changes.", Interrupted);

        Assert.True(detector.IsCancellation(Interrupted, fired.Token));
        Assert.True(detector.IsCancellation(saved, fired.Token));
        Assert.True(detector.IsCancellation(new DbUpdateException("wrapped", new OperationCanceledException())));
        Assert.False(detector.IsCancellation(saved, CancellationToken.None));
        Assert.False(detector.IsCancellation(new DbUpdateException("busy", new SqliteException("locked", 5)), fired.Token));
    }
}
