namespace GraphKam.Server.Imports;

/// <summary>The bounds of one import, bound from <c>GraphKam:Imports</c>.</summary>
public sealed class ImportOptions
{
    /// <summary>The largest file accepted, in bytes (10 MiB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most data rows one file may hold; all of them are checked and written in one transaction.</summary>
    public int MaxRows { get; set; } = 5_000;

    /// <summary>
    /// The most columns a file's header may have (the widest input has about twenty fields). A workbook is read only
    /// this wide, and at most <see cref="UnpackFactor"/> × <see cref="MaxBytes"/> unpacked: a few kilobytes of zip can
    /// claim a sheet 16,384 columns wide, which the reader would build cell by cell for every row.
    /// </summary>
    public int MaxColumns { get; set; } = 50;

    /// <summary>How many times <see cref="MaxBytes"/> a workbook's parts may unpack to (a real sheet's XML packs 5 to 10 times).</summary>
    public const int UnpackFactor = 10;
}
