using System.Net;
using System.Text;
using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Imports;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

using static GraphKam.Tests.Imports.ImportCalls;

namespace GraphKam.Tests.Imports;

/// <summary><c>POST /import/{kind}</c> and the <c>import</c> command over the known dataset (9 accounts, no contacts).</summary>
public sealed class ImportTests : KnownDataTest
{
    // Rows 3 to 6 are each wrong in their own way; row 2 and row 7 are good.
    private const string BadAccounts = """
        name,industry,region,monthlyRevenue,satisfaction,notAField
        Good One,FINANCE,Beijing,1000.50,80,x
        Bad Industry,NOPE,Beijing,1,,
        Negative,POWER,Shanghai,-5,,
        ,OTHER,Beijing,1,,
        Too Happy,OTHER,Beijing,abc,150,
        Good Two,power,Sichuan,2,,
        """;

    private const string GoodAccounts = """
        name,industry,region,monthlyRevenue,strategic,scale
        Imported Bank,FINANCE,Beijing,12345.67,true,LARGE
        '=Imported School,EDUCATION,Sichuan,100,no,SME
        """;

    [Fact]
    public async Task A_dry_run_reports_every_bad_row_with_its_row_number_and_writes_nothing()
    {
        var before = await AccountCountAsync();
        var (status, report) = await ImportAsync(Client, "accounts?dryRun=true", BadAccounts);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.False(report.GetProperty("written").GetBoolean());
        Assert.Equal(6, report.GetProperty("rows").GetInt32());
        Assert.Equal(4, report.GetProperty("failedRows").GetInt32());
        Assert.Equal(2, report.GetProperty("validRows").GetInt32());
        var errors = Errors(report);
        Assert.Contains((3, "industry", "INVALID_VALUE"), errors);
        Assert.Contains((4, "monthlyRevenue", "NEGATIVE_METRIC"), errors);
        Assert.Contains((5, "name", "REQUIRED_VALUE"), errors);
        Assert.Contains((6, "monthlyRevenue", "INVALID_VALUE"), errors);
        Assert.DoesNotContain(errors, e => e.Row is 2 or 7);
        Assert.Equal("notAField", report.GetProperty("ignoredColumns")[0].GetProperty("column").GetString());
        Assert.Equal(before, await AccountCountAsync());

        // A real run of the same file writes nothing either, and says so.
        var (realStatus, real) = await ImportAsync(Client, "accounts", BadAccounts);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, realStatus);
        Assert.False(real.GetProperty("written").GetBoolean());
        Assert.Contains("nothing was written", real.GetProperty("message").GetString());
        Assert.Equal(before, await AccountCountAsync());
        await using var db = Factory.Db();
        Assert.False(await db.Accounts.AnyAsync(a => a.Name == "Good One"));
    }

    [Fact]
    public async Task A_clean_import_writes_every_row_as_the_mutation_would()
    {
        var (dryStatus, dry) = await ImportAsync(Client, "accounts?dryRun=true", GoodAccounts);
        Assert.Equal(HttpStatusCode.OK, dryStatus);
        Assert.Empty(Errors(dry));
        Assert.Equal(9, await AccountCountAsync());

        var (status, report) = await ImportAsync(Client, "accounts", GoodAccounts);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(report.GetProperty("written").GetBoolean());
        Assert.Equal(11, await AccountCountAsync());
        await using var db = Factory.Db();
        var bank = await db.Accounts.SingleAsync(a => a.Name == "Imported Bank");
        Assert.Equal((Industry.Finance, 12345.67m, true, AccountScale.Large), (bank.Industry, bank.MonthlyRevenue, bank.Strategic, bank.Scale));
        // The apostrophe an export puts before formula-like text is taken off again.
        Assert.True(await db.Accounts.AnyAsync(a => a.Name == "=Imported School" && !a.Strategic));
        // Graded as a created account is.
        var tier = await Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { tier { code } } } }",
            new { id = GlobalId.Encode("Account", bank.Id) });
        Assert.NotNull(tier.At("node.tier.code").GetString());
    }

    [Fact]
    public async Task Contacts_import_from_excel_with_their_account_ids()
    {
        var rows = new[]
        {
            new Dictionary<string, object?> { ["accountId"] = Known.Id("Alpha Industries"), ["name"] = "王芳", ["title"] = "CIO", ["buyingRole"] = "DECISION_MAKER", ["influence"] = 5 },
            new Dictionary<string, object?> { ["accountId"] = Known.Id("Delta School"), ["name"] = "Chen Li", ["title"] = null, ["buyingRole"] = null, ["influence"] = 2 },
        };
        using var file = new MemoryStream();
        await MiniExcel.SaveAsAsync(file, rows);
        var (status, report) = await ImportAsync(Client, "contacts", file.ToArray(), ImportFiles.XlsxContentType);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, report.GetProperty("rows").GetInt32());
        await using var db = Factory.Db();
        var wang = await db.Contacts.SingleAsync(c => c.Name == "王芳");
        Assert.Equal((Known.Ids["Alpha Industries"], 5, "CIO"), (wang.AccountId, wang.Influence, wang.Title));

        var (badStatus, bad) = await ImportAsync(Client, "contacts?dryRun=true", $"""
            accountId,name,influence
            {Known.Id("Alpha Industries")},Ok,3
            {GlobalId.Encode("Account", 9_999)},Nobody's,3
            not-an-id,Broken,9
            """);
        Assert.Equal(HttpStatusCode.OK, badStatus);
        var errors = Errors(bad);
        Assert.DoesNotContain(errors, e => e.Row == 2);
        Assert.Contains(errors, e => e.Row == 3);
        Assert.Contains(errors, e => e.Row == 4);
    }

    [Fact]
    public async Task A_partner_or_an_anonymous_caller_cannot_import_and_nothing_is_written()
    {
        var created = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Import Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var partner = Factory.Logins.ClientAs(Roles.Partner, GlobalId.ParseKey(created.At("distributor.id").GetString()!, "Distributor"));
        var (status, report) = await ImportAsync(partner, "accounts", GoodAccounts);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("AUTH_NOT_AUTHORIZED", report.GetProperty("errors")[0].GetProperty("code").GetString());
        var (anonymous, _) = await ImportAsync(Factory.AnonymousClient(), "accounts", GoodAccounts);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
        Assert.Equal(9, await AccountCountAsync());
    }

    [Fact]
    public async Task Files_that_cannot_be_imported_are_refused_with_a_code()
    {
        Assert.Equal((HttpStatusCode.NotFound, "UNKNOWN_IMPORT_KIND"), Code(await ImportAsync(Client, "secrets", GoodAccounts)));
        Assert.Equal((HttpStatusCode.BadRequest, "MISSING_COLUMN"), Code(await ImportAsync(Client, "accounts", "name,region\nX,Beijing\n")));
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"),
            Code(await ImportAsync(Client, "accounts", GoodAccounts, "text/plain")));
        Assert.Equal((HttpStatusCode.BadRequest, "UNREADABLE_FILE"),
            Code(await ImportAsync(Client, "accounts?format=xlsx", Encoding.UTF8.GetBytes("not a workbook"), "application/octet-stream")));
        var huge = "name,industry,region\n" + string.Concat(Enumerable.Repeat("A,OTHER,B\n", 5_001));
        Assert.Equal((HttpStatusCode.BadRequest, "TOO_MANY_ROWS"), Code(await ImportAsync(Client, "accounts", huge)));
        Assert.Equal(9, await AccountCountAsync());
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_refused_as_a_cross_site_page_could_send_it()
    {
        // fetch() may post a body with no Content-Type from another site without asking first (no CORS preflight),
        // and a sibling subdomain's request carries the dashboard's SameSite cookie: naming ?format=csv is not enough.
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(GoodAccounts));
        Assert.Null(content.Headers.ContentType);
        var response = await Client.Http.PostAsync("/import/accounts?format=csv", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", report.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(9, await AccountCountAsync());
    }

    [Fact]
    public async Task The_command_line_importer_shows_progress_and_fails_on_bad_rows()
    {
        using var folder = new TemporaryFolder("graphkam-import");
        var good = Path.Combine(folder.Path, "accounts.csv");
        await File.WriteAllTextAsync(good, GoodAccounts);
        var output = new StringWriter();
        Assert.Equal(0, await ImportCommand.RunAsync(Factory.Services, "accounts", good, dryRun: false, output, terminal: true));
        Assert.Contains("\r[", output.ToString());
        Assert.Contains("100% 2/2 rows", output.ToString());
        Assert.Contains("Imported 2 rows.", output.ToString());
        Assert.Equal(11, await AccountCountAsync());

        var bad = Path.Combine(folder.Path, "bad.csv");
        await File.WriteAllTextAsync(bad, BadAccounts);
        var quiet = new StringWriter();
        Assert.Equal(1, await ImportCommand.RunAsync(Factory.Services, "accounts", bad, dryRun: true, quiet, terminal: false));
        Assert.DoesNotContain("\r", quiet.ToString());
        Assert.Contains("row 3, industry: INVALID_VALUE", quiet.ToString());
        Assert.Equal(11, await AccountCountAsync());
    }

    private async Task<int> AccountCountAsync()
    {
        await using var db = Factory.Db();
        return await db.Accounts.CountAsync();
    }

    private static (HttpStatusCode, string?) Code((HttpStatusCode Status, JsonElement Report) answer) =>
        (answer.Status, answer.Report.GetProperty("errors")[0].GetProperty("code").GetString());
}
