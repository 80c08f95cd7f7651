namespace GraphKam.Server.Exports;

/// <summary>The bounds of one export, bound from <c>GraphKam:Exports</c>.</summary>
public sealed class ExportOptions
{
    /// <summary>
    /// The most rows one export writes. A list with more is refused before anything is written (EXPORT_TOO_LARGE),
    /// not cut short: a file that silently lacks rows would be taken for the whole list.
    /// </summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>Rows fetched per GraphQL page; at most the server's <c>MaxPageSize</c>.</summary>
    public int PageSize { get; set; } = 200;
}
