namespace GraphKam.Server.Data.Backups;

/// <summary>
/// A file's path with every symbolic link on the way resolved (the folders' and the file's own), so that two names
/// of one database — say <c>/srv/graphkam.db</c> and a link to it — share one lock file and count as the same file.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40; // what Linux allows before ELOOP: a loop of links ends here instead of spinning

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        var links = 0;
        var pending = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar,
            StringSplitOptions.RemoveEmptyEntries));
        while (pending.TryDequeue(out var part))
        {
            var next = Path.Combine(resolved, part);
            var target = new FileInfo(next).LinkTarget;
            if (target == null || ++links > MaxLinks)
            {
                resolved = next;
                continue;
            }
            // Resolve the link's target from the folder the link sits in, then walk what remains beneath it.
            var rest = pending.ToArray();
            pending = new Queue<string>(Path.GetFullPath(target, resolved)[root.Length..]
                .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
            resolved = root;
        }
        return resolved;
    }
}
