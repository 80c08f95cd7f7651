namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// A text to look for in SQL, armed by a test and taken by the first statement that contains it: an interceptor does
/// something to that one statement only, however many run at once.
/// </summary>
public sealed class ArmedMarker
{
    private string? _marker;

    public void Arm(string marker) => Volatile.Write(ref _marker, marker);

    /// <summary>True for the one caller whose <paramref name="sql"/> contains the armed marker; it is disarmed then.</summary>
    public bool TakeIn(string sql)
    {
        var marker = Volatile.Read(ref _marker);
        return marker != null && sql.Contains(marker, StringComparison.Ordinal)
            && Interlocked.CompareExchange(ref _marker, null, marker) == marker;
    }
}
