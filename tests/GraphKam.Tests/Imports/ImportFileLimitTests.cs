using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using GraphKam.Server.Imports;
using GraphKam.Tests.Infrastructure;

using static GraphKam.Tests.Imports.ImportCalls;

namespace GraphKam.Tests.Imports;

/// <summary>
/// Hostile files a few kilobytes long: a workbook is a zip of XML, so a tiny body can claim a sheet 16,384 columns wide
/// or a million rows long, or unpack to gigabytes; each is refused (or read within bounds) in a moment, with a code.
/// </summary>
public sealed class ImportFileLimitTests : KnownDataTest
{
    private static readonly TimeSpan Moment = TimeSpan.FromSeconds(10);

    public override Task InitializeAsync()
    {
        // Workbooks may unpack to 10 × MaxBytes: 2 MB here.
        Factory.Settings["GraphKam:Imports:MaxBytes"] = "200000";
        return base.InitializeAsync();
    }

    [Fact]
    public async Task A_sheet_that_claims_16384_columns_is_read_in_a_moment()
    {
        // Without a <dimension>, the reader takes the sheet's width from its widest cell: XFD is column 16,384.
        var sheet = Row(1, "name", "industry", "region") + $"""<row r="1000">{Cell("XFD1000", "x")}</row>""";
        var (status, report, elapsed) = await TimedImportAsync("accounts?dryRun=true", Workbook(sheet));
        Assert.True(elapsed < Moment, $"took {elapsed}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, report.GetProperty("rows").GetInt32());
        Assert.Empty(report.GetProperty("ignoredColumns").EnumerateArray());
    }

    [Fact]
    public async Task A_header_wider_than_the_limit_is_refused()
    {
        var names = Enumerable.Range(1, 51).Select(i => $"extra{i}").Prepend("name").Prepend("industry").Prepend("region").ToArray();
        var (status, report, elapsed) = await TimedImportAsync("accounts?dryRun=true", Workbook(Row(1, names)));
        Assert.True(elapsed < Moment, $"took {elapsed}");
        Assert.Equal((HttpStatusCode.BadRequest, "TOO_MANY_COLUMNS"), (status, FirstCode(report)));

        var csv = Encoding.UTF8.GetBytes(string.Join(',', names) + "\nA,OTHER,Beijing\n");
        var (csvStatus, csvReport) = await ImportAsync(Client, "accounts?dryRun=true", csv, "text/csv");
        Assert.Equal((HttpStatusCode.BadRequest, "TOO_MANY_COLUMNS"), (csvStatus, FirstCode(csvReport)));
    }

    [Fact]
    public async Task A_sheet_of_a_million_blank_rows_is_refused_in_a_moment()
    {
        var sheet = Row(1, "name", "industry", "region") + $"""<row r="1048576">{Cell("A1048576", "x")}</row>""";
        var (status, report, elapsed) = await TimedImportAsync("accounts?dryRun=true", Workbook(sheet));
        Assert.True(elapsed < Moment, $"took {elapsed}");
        Assert.Equal((HttpStatusCode.BadRequest, "TOO_MANY_ROWS"), (status, FirstCode(report)));
    }

    [Fact]
    public async Task A_workbook_that_unpacks_to_more_than_ten_times_the_size_limit_is_refused()
    {
        // 3 MB of shared strings, deflated to a few kilobytes.
        var strings = new StringBuilder("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        for (var i = 0; i < 3_000; i++) strings.Append("<si><t>").Append('a', 1_000).Append("</t></si>");
        var body = Workbook(Row(1, "name", "industry", "region"), strings.Append("</sst>").ToString());
        Assert.True(body.Length < 200_000);
        var (status, report, _) = await TimedImportAsync("accounts?dryRun=true", body);
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "FILE_TOO_LARGE"), (status, FirstCode(report)));
    }

    [Fact]
    public async Task A_workbook_the_reader_chokes_on_is_unreadable_not_a_server_error()
    {
        // A shared string that does not exist, and a style that does not exist.
        var missingString = Row(1, "name", "industry", "region") + """<row r="2"><c r="A2" t="s"><v>99</v></c></row>""";
        var missingStyle = Row(1, "name", "industry", "region") + """<row r="2"><c r="A2" s="999"><v>5</v></c></row>""";
        foreach (var sheet in new[] { missingString, missingStyle })
        {
            var (status, report, _) = await TimedImportAsync("accounts?dryRun=true", Workbook(sheet));
            Assert.Equal((HttpStatusCode.BadRequest, "UNREADABLE_FILE"), (status, FirstCode(report)));
        }
    }

    private async Task<(HttpStatusCode, JsonElement, TimeSpan)> TimedImportAsync(string path, byte[] workbook)
    {
        var clock = Stopwatch.StartNew();
        var (status, report) = await ImportAsync(Client, path, workbook, ImportFiles.XlsxContentType).WaitAsync(Moment * 3);
        return (status, report, clock.Elapsed);
    }

    private static string? FirstCode(JsonElement report) => report.GetProperty("errors")[0].GetProperty("code").GetString();

    private static string Cell(string reference, string text) =>
        $"""<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>""";

    private static string Row(int number, params string[] texts) =>
        $"""<row r="{number}">{string.Concat(texts.Select((t, i) => Cell(Column(i) + number, t)))}</row>""";

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>A workbook of one sheet with the given rows (and shared strings), written by hand as a crafted file would be.</summary>
    private static byte[] Workbook(string rows, string? sharedStrings = null)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Relations = "http://schemas.openxmlformats.org/package/2006/relationships";
        const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""",
            ["_rels/.rels"] = $"""<Relationships xmlns="{Relations}"><Relationship Id="rId1" Type="{Office}/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = $"""<workbook xmlns="{Main}" xmlns:r="{Office}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = $"""<Relationships xmlns="{Relations}"><Relationship Id="rId1" Type="{Office}/worksheet" Target="worksheets/sheet1.xml"/>"""
                + (sharedStrings == null ? "" : $"""<Relationship Id="rId2" Type="{Office}/sharedStrings" Target="sharedStrings.xml"/>""") + "</Relationships>",
            ["xl/worksheets/sheet1.xml"] = $"""<worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""",
        };
        if (sharedStrings != null) parts["xl/sharedStrings.xml"] = sharedStrings;
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?>""" + text));
            }
        return file.ToArray();
    }
}
