using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using GraphKam.Server.Exports;
using MiniExcelLibs;

namespace GraphKam.Server.Imports;

public enum ImportFormat { Csv, Xlsx }

/// <summary>A data row of an import file: its number in the file (the header is row 1) and its cells as text.</summary>
public sealed record ImportRow(int Number, IReadOnlyList<string?> Cells);

/// <summary>An import file read: its header's column names and its data rows.</summary>
public sealed record ImportTable(IReadOnlyList<string> Columns, IReadOnlyList<ImportRow> Rows);

/// <summary>
/// Reads an import file with CsvHelper (CSV; the separator is detected, a UTF-8 byte order mark is honoured) or
/// MiniExcel (the first sheet of a workbook), within the size limits. Empty rows are passed over, and every cell
/// becomes text, read later by the input field's own type; text an export protected from running as a formula
/// (<see cref="FormulaGuard"/>) is read as it was.
/// </summary>
public static class ImportFiles
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The format named by a <c>format</c> parameter or file extension, else by the content type, else by the bytes.</summary>
    public static ImportFormat? FormatOf(string? name, string? contentType)
    {
        if (!string.IsNullOrEmpty(name))
            return name.TrimStart('.').ToLowerInvariant() switch { "csv" => ImportFormat.Csv, "xlsx" => ImportFormat.Xlsx, _ => null };
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "text/csv" => ImportFormat.Csv,
            XlsxContentType => ImportFormat.Xlsx,
            _ => null,
        };
    }

    public static async Task<(ImportTable? Table, ImportError? Problem)> ReadAsync(Stream content, ImportFormat format,
        ImportOptions limits, CancellationToken cancellationToken)
    {
        var bytes = await ReadBoundedAsync(content, limits.MaxBytes, cancellationToken);
        if (bytes == null)
            return (null, new ImportError(null, null, ImportCodes.FileTooLarge, $"The file is larger than {limits.MaxBytes} bytes."));
        try
        {
            return (format == ImportFormat.Csv ? ReadCsv(bytes, limits) : ReadXlsx(bytes, limits), null);
        }
        catch (ImportLimitException limit)
        {
            return (null, limit.Problem);
        }
        catch (CsvFormatException malformed)
        {
            return (null, new ImportError(malformed.LineNumber > 0 ? (int)malformed.LineNumber : null, null, ImportCodes.UnreadableFile,
                "The file is not readable CSV: " + malformed.Message));
        }
        // The workbook reader is handed bytes from outside, and a crafted part makes it fail in ways of its own (a missing
        // shared string or style is a NullReferenceException): whatever it throws, the file is not a workbook it can read.
        catch (Exception unreadable) when (format == ImportFormat.Xlsx && unreadable is not OperationCanceledException)
        {
            return (null, new ImportError(null, null, ImportCodes.UnreadableFile, "The file is not a readable Excel workbook (.xlsx)."));
        }
    }

    /// <summary>The whole content, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        // A body without a length (chunked) is cut off by the server at the limit the endpoint set.
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }

    private static ImportTable ReadCsv(byte[] bytes, ImportOptions limits)
    {
        using var csv = CsvReader.Create(bytes, CsvReaderOptions.Default with { TrackLineNumbers = true });
        var rows = new List<ImportRow>();
        while (csv.Read())
        {
            if (rows.Count == limits.MaxRows) throw TooManyRows(limits);
            var cells = new string?[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = Text(csv.GetString(i));
            if (cells.All(c => c == null)) continue;
            rows.Add(new ImportRow((int)csv.LineNumber, cells));
        }
        return new ImportTable(Header(csv.Headers.Select(h => h.Trim()).ToArray(), limits), rows);
    }

    /// <summary>
    /// The first sheet, read only as wide as a header may be (one column more, to tell a wider one) and down to
    /// <see cref="MaxSheetRows"/>: the reader builds every row as wide as the sheet or range it is given, and a sheet's
    /// width and blank rows cost nothing in the file. Without a header row MiniExcel keys the cells by column letter,
    /// and yields empty rows too, so that the row numbers stay the sheet's.
    /// </summary>
    private static ImportTable ReadXlsx(byte[] bytes, ImportOptions limits)
    {
        using var stream = new MemoryStream(bytes);
        CheckUnpackedSize(stream, limits);
        stream.Position = 0;
        string[]? columns = null;
        var rows = new List<ImportRow>();
        var number = 0;
        var range = $"{ColumnName(limits.MaxColumns + 1)}{ExcelRows}";
        foreach (IDictionary<string, object?> row in MiniExcel.QueryRange(stream, useHeaderRow: false, startCell: "A1", endCell: range))
        {
            if (++number > MaxSheetRows(limits)) throw TooManyRows(limits);
            var cells = row.Values.Select(Cell).ToArray();
            if (columns == null)
            {
                // The range is wider than most headers: the cells after the last named one are not columns.
                var width = Array.FindLastIndex(cells, c => c != null) + 1;
                columns = Header([.. cells.Take(width).Select(c => c ?? "")], limits);
                continue;
            }
            if (cells.All(c => c == null)) continue;
            if (rows.Count == limits.MaxRows) throw TooManyRows(limits);
            rows.Add(new ImportRow(number, cells));
        }
        return new ImportTable(columns ?? [], rows);
    }

    /// <summary>The rows of a sheet read at most, blank ones included: twice the data rows allowed, and the header.</summary>
    private static int MaxSheetRows(ImportOptions limits) => 2 * limits.MaxRows + 1;

    /// <summary>The last row a sheet can have in Excel.</summary>
    private const int ExcelRows = 1_048_576;

    /// <summary>
    /// Refuses a workbook whose parts unpack to more than <see cref="ImportOptions.UnpackFactor"/> × MaxBytes (a few
    /// kilobytes of zip can hold gigabytes of shared strings, which the reader parses, and caches on disk, as it opens).
    /// The sizes the zip declares are the ones .NET's reader keeps to, so a part cannot unpack to more than it says.
    /// </summary>
    private static void CheckUnpackedSize(Stream workbook, ImportOptions limits)
    {
        var most = limits.MaxBytes * ImportOptions.UnpackFactor;
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Sum(e => e.Length) > most)
            throw new ImportLimitException(new ImportError(null, null, ImportCodes.FileTooLarge, $"The workbook unpacks to more than {most} bytes."));
    }

    private static string[] Header(string[] columns, ImportOptions limits) => columns.Length <= limits.MaxColumns ? columns
        : throw new ImportLimitException(new ImportError(1, null, ImportCodes.TooManyColumns,
            $"The header has more than {limits.MaxColumns} columns."));

    private static ImportLimitException TooManyRows(ImportOptions limits) => new(new ImportError(null, null, ImportCodes.TooManyRows,
        $"The file has more than {limits.MaxRows} data rows (or, in a workbook, more than {MaxSheetRows(limits)} rows with the blank ones)."));

    /// <summary>The letters of a column, counted from 1 (1 is A, 27 is AA).</summary>
    private static string ColumnName(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString()
        : ColumnName((number - 1) / 26) + (char)('A' + (number - 1) % 26);

    /// <summary>A bound of the file was passed: the file is refused before any row is checked.</summary>
    private sealed class ImportLimitException(ImportError problem) : Exception(problem.Message)
    {
        public ImportError Problem { get; } = problem;
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string text => Text(text),
        bool flag => flag ? "true" : "false",
        DateTime time => time.ToString(time.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Text(value.ToString()),
    };

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : FormulaGuard.Restore(text.Trim());
}
