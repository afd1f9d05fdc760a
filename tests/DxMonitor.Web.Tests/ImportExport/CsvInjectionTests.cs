using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.ImportExport;

public sealed class CsvInjectionTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\")";
    private const string Command = "+cmd|' /C calc'!A0";
    private const string Sum = "@SUM(1)";
    private const string Arithmetic = "-2+3";
    private const string TabLed = "\tthụt lề đầu dòng";
    private const string CarriageReturnLed = "\rđầu dòng";

    // Provinces valid before and after the 2025 merger, in code order.
    private static readonly string[] Provinces = ["P01", "P04", "P11", "P12", "P14", "P20"];

    public static TheoryData<string, string> FormulaText => new()
    {
        { Hyperlink, "\"'=HYPERLINK(\"\"http://x\"\")\"" },
        { Command, "'+cmd|' /C calc'!A0" },
        { Sum, "'@SUM(1)" },
        { Arithmetic, "'-2+3" },
        { "-5", "'-5" },
        { TabLed, "'\tthụt lề đầu dòng" },
        { CarriageReturnLed, "\"'\rđầu dòng\"" },
        { "'=1+1", "''=1+1" },
    };

    [Theory, MemberData(nameof(FormulaText))]
    public void Text_a_spreadsheet_would_run_is_written_with_a_quote_in_front(string text, string written) =>
        Assert.Equal(written + "\r\n", CsvFormat.Row([text]));

    [Fact]
    public void Numbers_and_ordinary_text_are_written_as_they_are()
    {
        Assert.Equal("-5,3.2,-0.75,12,Tỉnh Hà Giang,'chữ trong nháy',a=b,\r\n", CsvFormat.Row([-5m, 3.2m, -0.75m, 12, "Tỉnh Hà Giang", "'chữ trong nháy'", "a=b", null]));
    }

    [Theory, MemberData(nameof(FormulaText))]
    public void Reading_a_neutralised_cell_gives_back_the_text_exported(string text, string written)
    {
        var table = CsvFormat.Read(Encoding.UTF8.GetBytes("Ghi chú\r\n" + written + "\r\n"));

        Assert.Equal(text, Assert.Single(table.Rows)[0].Text);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_values_export_neutralises_formula_comments_and_keeps_a_negative_number_a_number(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = await WithCommentsAsync(app, "2020Q3", Hyperlink, Command, Sum, Arithmetic, TabLed, CarriageReturnLed);
        await WriteAsync(analyst, new { indicator = "NAT.UN_EGDI_RANK_GAIN", unit = "VN", period = "2020", value = -5m, comment = "-5: tụt năm bậc" });

        var comments = await CsvAsync(analyst, "/api/v1/values/export.csv?from=2020Q3&to=2020Q3");
        var gain = await CsvAsync(analyst, "/api/v1/values/export.csv?indicator=NAT.UN_EGDI_RANK_GAIN&from=2020&to=2020");

        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", comments, StringComparison.Ordinal);
        Assert.Contains(",'+cmd|' /C calc'!A0,", comments, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1),", comments, StringComparison.Ordinal);
        Assert.Contains(",'-2+3,", comments, StringComparison.Ordinal);
        Assert.Contains(",'\tthụt lề đầu dòng,", comments, StringComparison.Ordinal);
        Assert.Contains(",\"'\rđầu dòng\",", comments, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", comments, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", comments, StringComparison.Ordinal);
        Assert.Matches(@",2020,-5(\.0+)?,,'-5: tụt năm bậc,", gain); // the number as it is, the comment starting with '-' neutralised
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_csv_export_with_neutralised_comments_imports_again_unchanged(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = await WithCommentsAsync(app, "2020Q2", Hyperlink, Command, Sum, Arithmetic, "'=1+1");

        var csv = await analyst.GetByteArrayAsync("/api/v1/values/export.csv?from=2020Q2&to=2020Q2");
        var imported = await Problems.AssertOkAsync(await ImportFiles.UploadAsync(analyst, "values.csv", csv));

        Assert.Equal((0, 0, 5), (imported.GetProperty("created").GetInt32(), imported.GetProperty("updated").GetInt32(), imported.GetProperty("unchanged").GetInt32()));
        var stored = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/values?from=2020Q2&to=2020Q2&pageSize=50");
        Assert.Equal([Hyperlink, Command, Sum, Arithmetic, "'=1+1"],
            stored.GetProperty("items").EnumerateArray().OrderBy(v => v.GetProperty("unit").GetString(), StringComparer.Ordinal).Select(v => v.GetProperty("comment").GetString()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_xlsx_export_writes_formula_like_comments_as_text_cells_not_formulas(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = await WithCommentsAsync(app, "2020Q1", Hyperlink, Command, Sum, Arithmetic, TabLed);

        var bytes = await analyst.GetByteArrayAsync("/api/v1/values/export.xlsx?from=2020Q1&to=2020Q1");

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var comments = workbook.Worksheet(1).Column(8).CellsUsed().Skip(1).ToList();
        Assert.Equal(new[] { Hyperlink, Command, Sum, Arithmetic, TabLed }.Order(StringComparer.Ordinal), comments.Select(c => c.GetString()).Order(StringComparer.Ordinal));
        Assert.All(comments, c => Assert.Equal((XLDataType.Text, false), (c.DataType, c.HasFormula)));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()); // every workbook has its first sheet there
        Assert.DoesNotMatch("<(\\w+:)?f[ >]", await sheet.ReadToEndAsync());
    }

    private static async Task<HttpClient> WithCommentsAsync(TestApp app, string period, params string[] comments)
    {
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.csv"));
        await WriteAsync(analyst, comments.Select((comment, i) =>
            new { indicator = "PRV.MOBILE_SUBSCRIBERS", unit = Provinces[i], period, value = 1000m + i, comment }).ToArray());
        return analyst;
    }

    private static async Task WriteAsync(HttpClient client, params object[] values)
    {
        var response = await client.PostAsJsonAsync("/api/v1/values/batch", new { values });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> CsvAsync(HttpClient client, string url)
    {
        var bytes = await client.GetByteArrayAsync(url);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
}
