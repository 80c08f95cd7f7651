namespace GraphKam.Server.Imports;

/// <summary>
/// One problem of an import: the row as the file numbers it (the header is row 1, as a spreadsheet shows it; null
/// for a problem of the whole file), the column or input field when known, a code and a message.
/// </summary>
public sealed record ImportError(int? Row, string? Column, string Code, string Message);

/// <summary>A column of the file that is not read, and why (not a field of the mutation's input, or a list).</summary>
public sealed record IgnoredColumn(string Column, string Reason);

/// <summary>
/// What an import did: every row's errors, the counts, and whether anything was written (all rows or none).
/// </summary>
public sealed record ImportReport(string Kind, bool DryRun, bool Written, int Rows, int ValidRows, int FailedRows,
    IReadOnlyList<ImportError> Errors, IReadOnlyList<IgnoredColumn> IgnoredColumns, string Message)
{
    public static ImportReport Refused(string kind, bool dryRun, ImportError error) =>
        new(kind, dryRun, false, 0, 0, 0, [error], [], error.Message);
}

/// <summary>How far an import is: rows checked of all rows.</summary>
public readonly record struct ImportProgress(int Done, int Total);
