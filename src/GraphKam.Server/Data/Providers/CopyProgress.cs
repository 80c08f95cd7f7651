namespace GraphKam.Server.Data.Providers;

/// <summary>
/// A progress bar for a long copy: redrawn in place on a terminal, one line per table when the output is a file or
/// a pipe (so logs stay readable).
/// </summary>
public sealed class CopyProgress(TextWriter output, long total, bool terminal)
{
    private const int Width = 30;
    private long _done;
    private int _drawnPercent = -1;

    public void Advance(string table, long rows, long tableDone, long tableTotal)
    {
        _done += rows;
        var percent = total == 0 ? 100 : (int)(_done * 100 / total);
        if (!terminal || percent == _drawnPercent && tableDone != tableTotal) return;
        _drawnPercent = percent;
        var filled = percent * Width / 100;
        output.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%  {table} "
            + $"{tableDone:N0}/{tableTotal:N0}".PadRight(40));
    }

    public void TableDone(string table, long rows)
    {
        if (terminal) return;
        var percent = total == 0 ? 100 : (int)(_done * 100 / total);
        output.WriteLine($"[{percent,3}%] {table}: {rows:N0} rows");
    }

    public void Finish()
    {
        if (terminal) output.WriteLine();
    }
}
