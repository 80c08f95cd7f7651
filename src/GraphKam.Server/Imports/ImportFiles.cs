using System.Globalization;
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
            var table = format == ImportFormat.Csv ? ReadCsv(bytes, limits.MaxRows) : ReadXlsx(bytes, limits.MaxRows);
            if (table == null)
                return (null, new ImportError(null, null, ImportCodes.TooManyRows, $"The file has more than {limits.MaxRows} data rows."));
            return (table, null);
        }
        catch (CsvFormatException malformed)
        {
            return (null, new ImportError(malformed.LineNumber > 0 ? (int)malformed.LineNumber : null, null, ImportCodes.UnreadableFile,
                "The file is not readable CSV: " + malformed.Message));
        }
        catch (Exception unreadable) when (format == ImportFormat.Xlsx && unreadable is InvalidDataException or InvalidOperationException
            or IOException or NotSupportedException or FormatException or System.Xml.XmlException)
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
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ImportTable? ReadCsv(byte[] bytes, int maxRows)
    {
        using var csv = CsvReader.Create(bytes, CsvReaderOptions.Default with { TrackLineNumbers = true });
        var rows = new List<ImportRow>();
        while (csv.Read())
        {
            if (rows.Count == maxRows) return null;
            var cells = new string?[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = Text(csv.GetString(i));
            if (cells.All(c => c == null)) continue;
            rows.Add(new ImportRow((int)csv.LineNumber, cells));
        }
        return new ImportTable([.. csv.Headers.Select(h => h.Trim())], rows);
    }

    private static ImportTable? ReadXlsx(byte[] bytes, int maxRows)
    {
        using var stream = new MemoryStream(bytes);
        string[]? columns = null;
        var rows = new List<ImportRow>();
        var number = 0;
        // Without a header row MiniExcel keys the cells by column letter, and yields empty rows too, so that the
        // row numbers stay the sheet's.
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false))
        {
            number++;
            var cells = row.Values.Select(Cell).ToArray();
            if (columns == null)
            {
                columns = [.. cells.Select(c => c ?? "")];
                continue;
            }
            if (cells.All(c => c == null)) continue;
            if (rows.Count == maxRows) return null;
            rows.Add(new ImportRow(number, cells));
        }
        return new ImportTable(columns ?? [], rows);
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
