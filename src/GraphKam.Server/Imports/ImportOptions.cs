namespace GraphKam.Server.Imports;

/// <summary>The bounds of one import, bound from <c>GraphKam:Imports</c>.</summary>
public sealed class ImportOptions
{
    /// <summary>The largest file accepted, in bytes (10 MiB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most data rows one file may hold; all of them are checked and written in one transaction.</summary>
    public int MaxRows { get; set; } = 5_000;
}
