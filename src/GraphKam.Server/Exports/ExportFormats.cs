using System.Data;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;

namespace GraphKam.Server.Exports;

/// <summary>A file format an export is written in.</summary>
public interface IExportFormat
{
    string Extension { get; }
    string ContentType { get; }
    Task WriteAsync(ListExport export, Stream body, CancellationToken cancellationToken);
}

public static class ExportFormats
{
    public static IReadOnlyList<IExportFormat> All { get; } = [new CsvExportFormat(), new XlsxExportFormat()];

    public static IExportFormat? Find(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte order mark (without one, Excel reads Chinese names as mojibake), streamed page
/// by page; CsvHelper escapes text that would run as a formula, the way <see cref="FormulaGuard"/> does.
/// </summary>
public sealed class CsvExportFormat : IExportFormat
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionEscape = FormulaGuard.Escape,
        WriteByteOrderMark = true,
        TrueValue = "true",
        FalseValue = "false",
    };

    public string Extension => "csv";
    public string ContentType => "text/csv; charset=utf-8";

    public async Task WriteAsync(ListExport export, Stream body, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, Options, leaveOpen: true);
        csv.WriteHeader([.. export.Columns]);
        await foreach (var row in export.Rows.WithCancellation(cancellationToken))
        {
            foreach (var cell in row) Write(csv, cell);
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static void Write(CsvWriter csv, JsonElement cell)
    {
        switch (cell.ValueKind)
        {
            case JsonValueKind.String: csv.WriteField(cell.GetString()); break;
            case JsonValueKind.Number when cell.TryGetDecimal(out var number): csv.WriteField(number, default); break;
            case JsonValueKind.Number: csv.WriteField(cell.GetDouble(), default); break;
            case JsonValueKind.True or JsonValueKind.False: csv.WriteField(cell.GetBoolean()); break;
            default: csv.WriteField((string?)null); break;
        }
    }
}

/// <summary>
/// An Excel workbook of one sheet, numbers as numbers. The workbook is a zip written as a whole, so it is built in
/// memory (at most <see cref="ExportOptions.MaxRows"/> rows) and then sent.
/// </summary>
public sealed class XlsxExportFormat : IExportFormat
{
    public string Extension => "xlsx";
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(ListExport export, Stream body, CancellationToken cancellationToken)
    {
        using var table = new DataTable();
        foreach (var column in export.Columns) table.Columns.Add(column, typeof(object));
        await foreach (var row in export.Rows.WithCancellation(cancellationToken)) table.Rows.Add([.. row.Select(Value)]);
        await using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, table, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(body, cancellationToken);
    }

    private static object Value(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.String => FormulaGuard.Neutralise(cell.GetString()!),
        JsonValueKind.Number when cell.TryGetDecimal(out var number) => number,
        JsonValueKind.Number => cell.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => DBNull.Value,
    };
}
