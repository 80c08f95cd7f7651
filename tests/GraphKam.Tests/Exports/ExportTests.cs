using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Exports;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace GraphKam.Tests.Exports;

/// <summary>
/// <c>GET /export/{list}.csv|.xlsx</c> over the known dataset, with pages of 3 rows (so every export here reads several
/// pages) and at most 8 rows (the 8 accounts that are not archived; with the archived one the list is too large).
/// </summary>
public sealed class ExportTests : KnownDataTest
{
    private const string Telecom = """{"industry":{"eq":"TELECOM"}}""";
    private const string ByRevenue = """[{"monthlyRevenue":"DESC"}]""";

    public override Task InitializeAsync()
    {
        Factory.Settings["GraphKam:Exports:PageSize"] = "3";
        Factory.Settings["GraphKam:Exports:MaxRows"] = "8";
        return base.InitializeAsync();
    }

    [Fact]
    public async Task A_filtered_ordered_csv_has_the_rows_of_the_graphql_list_in_its_order()
    {
        var response = await Client.Http.GetAsync(Url("accounts.csv", ("where", Telecom), ("order", ByRevenue)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("accounts-2026-11-27.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // Excel needs the byte order mark to read UTF-8
        var (columns, rows) = ReadCsv(bytes);
        Assert.Contains("id", columns);
        Assert.Contains("monthlyRevenue", columns);
        Assert.Contains("industry", columns);

        var expected = await GraphQLNamesAsync(Client, Telecom, ByRevenue);
        Assert.Equal(["中国电信集团有限公司", "中国电信新疆分公司", "中国电信四川分公司"], expected);
        Assert.Equal(expected, rows.Select(r => r["name"]));
        Assert.All(rows, r => Assert.Equal("TELECOM", r["industry"]));
        Assert.Equal(["2000000", "300000", "250000"], rows.Select(r => r["monthlyRevenue"]!.Split('.')[0]));
        Assert.Equal(Known.Id("中国电信集团有限公司"), rows[0]["id"]);
    }

    [Fact]
    public async Task The_whole_list_is_read_page_by_page_and_the_order_is_honoured_across_pages()
    {
        var (_, rows) = ReadCsv(await Client.Http.GetByteArrayAsync(Url("accounts.csv", ("order", """[{"name":"ASC"}]"""))));
        var expected = await GraphQLNamesAsync(Client, null, """[{"name":"ASC"}]""");
        Assert.Equal(8, expected.Count);
        Assert.Equal(expected, rows.Select(r => r["name"]));
    }

    [Fact]
    public async Task An_xlsx_opens_with_MiniExcel_and_has_the_same_rows_numbers_as_numbers()
    {
        var response = await Client.Http.GetAsync(Url("accounts.xlsx", ("where", Telecom), ("order", ByRevenue)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("accounts-2026-11-27.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var (_, csvRows) = ReadCsv(await Client.Http.GetByteArrayAsync(Url("accounts.csv", ("where", Telecom), ("order", ByRevenue))));
        Assert.Equal(csvRows.Select(r => r["name"]), rows.Select(r => r["name"] as string));
        Assert.Equal(csvRows.Select(r => r["id"]), rows.Select(r => r["id"] as string));
        Assert.Equal(2_000_000d, rows[0]["monthlyRevenue"]);
    }

    [Fact]
    public async Task A_partner_exports_only_the_accounts_it_sees()
    {
        var created = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Export Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var distributor = created.At("distributor.id").GetString()!;
        await Client.MutateAsync("assignDistributor", "assignment { assignedAt }",
            new { accountId = Known.Id("alpha beta Bank"), distributorId = distributor });
        var partner = Factory.Logins.ClientAs(Roles.Partner, GlobalId.ParseKey(distributor, "Distributor"));

        var (columns, rows) = ReadCsv(await partner.Http.GetByteArrayAsync(Url("accounts.csv")));
        Assert.Equal(["alpha beta Bank"], rows.Select(r => r["name"]));
        Assert.Equal(await GraphQLNamesAsync(partner, null, null), rows.Select(r => r["name"]));
        using var stream = new MemoryStream(await partner.Http.GetByteArrayAsync(Url("accounts.xlsx")));
        Assert.Equal(["alpha beta Bank"], MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r["name"]));
        // The director's export has every account; the partner's columns are no more than the director's.
        var (directorColumns, all) = ReadCsv(await Client.Http.GetByteArrayAsync(Url("accounts.csv")));
        Assert.Equal(8, all.Count);
        Assert.Subset(directorColumns.ToHashSet(), columns.ToHashSet());
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_a_coded_graphql_style_error()
    {
        var (status, codes) = await ErrorAsync(Client, Url("accounts.csv", ("where", """{"noSuchField":{"eq":1}}""")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("^[A-Z_]+(,[A-Z_]+)*$", codes);
        Assert.Equal((HttpStatusCode.BadRequest, "INVALID_PARAMETER"), await ErrorAsync(Client, Url("accounts.csv", ("where", "{industry"))));
        Assert.Equal((HttpStatusCode.BadRequest, "INVALID_PARAMETER"), await ErrorAsync(Client, Url("accounts.csv", ("colour", "1"))));
        Assert.Equal((HttpStatusCode.NotFound, "UNKNOWN_LIST"), await ErrorAsync(Client, "/export/secrets.csv"));
        Assert.Equal((HttpStatusCode.NotFound, "UNKNOWN_FORMAT"), await ErrorAsync(Client, "/export/accounts.pdf"));
        Assert.Equal((HttpStatusCode.Unauthorized, "AUTH_NOT_AUTHENTICATED"), await ErrorAsync(Factory.AnonymousClient(), "/export/accounts.csv"));
        // Nine rows with the archived account: more than the bound of eight, refused before anything is written.
        Assert.Equal((HttpStatusCode.BadRequest, "EXPORT_TOO_LARGE"),
            await ErrorAsync(Client, Url("accounts.csv", ("includeArchived", "true"))));
    }

    [Fact]
    public async Task Text_that_would_run_as_a_formula_is_neutralised_in_both_formats()
    {
        var payload = await Client.MutateAsync("createAccount", "account { id }",
            new { name = "=HYPERLINK(\"http://evil\")", industry = "OTHER", region = "-cmd", monthlyRevenue = 5m });
        Assert.Empty(GraphQLClient.ErrorTypes(payload));
        var where = """{"industry":{"eq":"OTHER"}}""";
        var text = Encoding.UTF8.GetString(await Client.Http.GetByteArrayAsync(Url("accounts.csv", ("where", where))));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", text);
        Assert.Contains("'-cmd", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        using var stream = new MemoryStream(await Client.Http.GetByteArrayAsync(Url("accounts.xlsx", ("where", where))));
        var row = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("'=HYPERLINK(\"http://evil\")", row["name"]);
        Assert.Equal("'-cmd", row["region"]);
    }

    [Fact]
    public void Every_root_connection_of_the_schema_is_exportable()
    {
        var lists = Factory.Services.GetRequiredService<ExportLists>().All.Keys;
        foreach (var list in new[] { "accounts", "opportunities", "serviceCases", "contacts", "activities", "products", "distributors", "users" })
            Assert.Contains(list, lists);
        Assert.DoesNotContain("account", lists);
        Assert.DoesNotContain("tierPolicies", lists);
    }

    private static string Url(string file, params (string Name, string Value)[] parameters) =>
        $"/export/{file}" + (parameters.Length == 0 ? "" : "?" + string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}")));

    private static async Task<List<string>> GraphQLNamesAsync(GraphQLClient client, string? where, string? order)
    {
        var data = await client.DataAsync("""
            query($where: AccountFilterInput, $order: [AccountSortInput!]) {
                accounts(where: $where, order: $order, first: 100) { nodes { name } }
            }
            """, new
        {
            where = where == null ? (JsonElement?)null : JsonDocument.Parse(where).RootElement,
            order = order == null ? (JsonElement?)null : JsonDocument.Parse(order).RootElement,
        });
        return data.At("accounts.nodes").Strings("name");
    }

    private static async Task<(HttpStatusCode, string)> ErrorAsync(GraphQLClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var codes = body.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("extensions").GetProperty("code").GetString());
        return (response.StatusCode, string.Join(",", codes));
    }

    private static (List<string> Columns, List<Dictionary<string, string?>> Rows) ReadCsv(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, CsvReaderOptions.Default);
        var rows = new List<Dictionary<string, string?>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string?>();
            for (var i = 0; i < csv.FieldCount; i++) row[csv.Headers[i]] = csv.IsEmpty(i) ? null : csv.GetString(i);
            rows.Add(row);
        }
        return ([.. csv.Headers], rows);
    }
}
