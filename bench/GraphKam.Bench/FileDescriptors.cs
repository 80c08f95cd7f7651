using System.Runtime.InteropServices;

namespace GraphKam.Bench;

/// <summary>
/// Raises this process's open-file limit (RLIMIT_NOFILE) for a benchmark with many sockets; child processes inherit
/// it. Only the benchmark does this: the server keeps whatever limit its host gives it.
/// </summary>
public static partial class FileDescriptors
{
    private const int RlimitNoFile = 7; // Linux

    public static void Raise(int wanted)
    {
        if (!OperatingSystem.IsLinux()) return;
        if (GetRlimit(RlimitNoFile, out var limit) != 0) return;
        if (limit.Current >= (ulong)wanted) return;
        var raised = new Limit { Current = (ulong)wanted, Maximum = Math.Max(limit.Maximum, (ulong)wanted) };
        if (SetRlimit(RlimitNoFile, in raised) != 0)
            throw new InvalidOperationException(
                $"{wanted} open files are needed and the limit is {limit.Current} (hard {limit.Maximum}): raise it with `ulimit -n {wanted}` first.");
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Limit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static partial int GetRlimit(int resource, out Limit limit);

    [LibraryImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetRlimit(int resource, in Limit limit);
}
