namespace GraphKam.Server.Data.Backups;

/// <summary>
/// Where a backup may not be written: a folder, the database or one of its companion files (its WAL, shared memory,
/// journal or server lock), or the files of a database a GraphKam server is running on. Writing there would corrupt a
/// live database or disarm the lock that keeps a restore away from it.
/// </summary>
public static class BackupTarget
{
    private static readonly string[] Companions = ["", "-wal", "-shm", "-journal", ".lock"];

    /// <summary>Why <paramref name="target"/> may not receive a backup of <paramref name="databaseFile"/>; null if it may.</summary>
    public static string? Refusal(string databaseFile, string target)
    {
        if (Directory.Exists(target)) return $"{target} is a folder: name the backup file.";
        var real = RealPath.Of(target);
        var database = RealPath.Of(databaseFile);
        if (Companions.Any(suffix => real == database + suffix))
            return "The backup cannot replace the database or one of its files.";
        foreach (var suffix in Companions.Where(suffix => real.EndsWith(suffix, StringComparison.Ordinal)))
        {
            var live = real[..^suffix.Length];
            if (!File.Exists(RunningServerLock.PathFor(live))) continue;
            using var exclusive = RunningServerLock.TryExclusive(live);
            if (exclusive == null) return $"A GraphKam server is running on {live}: the backup would replace its files.";
        }
        return null;
    }
}
