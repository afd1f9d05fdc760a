using System.Net.Http.Json;
using System.Text;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.ImportExport;

public sealed class TableExportTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static async Task<string> CsvAsync(HttpClient client, string url)
    {
        var bytes = await client.GetByteArrayAsync(url);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public async Task Rankings_alerts_and_the_audit_trail_export_to_csv_with_Vietnamese_intact()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyên.viên"));
        await ReportBehindTargetAsync(analyst, "P11", 70m, "Tỉnh Điện Biên, số liệu quý IV");
        await Eventually.MatchAsync(() => analyst.GetAsync("/api/v1/rankings/DTI-PRV/2024"), r => r.IsSuccessStatusCode, "the 2024 ranking");

        var ranking = await CsvAsync(analyst, "/api/v1/rankings/DTI-PRV/2024/export.csv");
        var alerts = await CsvAsync(analyst, "/api/v1/alerts/export.csv?unit=P11");
        var audit = await CsvAsync(analyst, "/api/v1/audit/values/export.csv?unit=P11");

        Assert.StartsWith("Hạng,Mã đơn vị,Đơn vị,Điểm", ranking, StringComparison.Ordinal);
        Assert.Contains("P11,Tỉnh Điện Biên,", ranking, StringComparison.Ordinal);
        Assert.Contains("Tỉnh Điện Biên không đạt mục tiêu", alerts, StringComparison.Ordinal);
        Assert.Matches(@",(Quá hạn mục tiêu \(DeadlineMissed\)|Chậm so với lộ trình \(BehindTrajectory\)),", alerts); // the rule, named in Vietnamese
        Assert.Contains("Tỉnh Điện Biên, số liệu quý IV", audit, StringComparison.Ordinal);
        Assert.Contains("chuyên.viên", audit, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await app.Client().GetAsync("/api/v1/audit/values/export.csv")).StatusCode);
    }

    [Fact]
    public async Task Every_table_export_also_comes_as_a_workbook_with_Vietnamese_text_and_numbers_as_numbers()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyên.viên.excel"));
        await ReportBehindTargetAsync(analyst, "P12", 71.5m, "Lai Châu — quý IV");

        var ranking = await WorkbookAsync(analyst, "/api/v1/rankings/DTI-PRV/2024/export.xlsx");
        var alerts = await WorkbookAsync(analyst, "/api/v1/alerts/export.xlsx?unit=P12");
        var audit = await WorkbookAsync(analyst, "/api/v1/audit/values/export.xlsx?unit=P12");
        var progress = await WorkbookAsync(analyst, "/api/v1/progress/export.xlsx?unit=P12");
        var unknown = await analyst.GetAsync("/api/v1/alerts/export.pdf");

        Assert.Equal(["Hạng", "Mã đơn vị", "Đơn vị", "Điểm"], ranking.Header.Take(4));
        var laiChau = ranking.Rows.Single(r => r[1].Text == "P12");
        Assert.Equal("Tỉnh Lai Châu", laiChau[2].Text);
        Assert.NotNull(laiChau[3].Number);
        Assert.Contains(alerts.Rows, r => r.Cells.Any(c => c.Text.Contains("Tỉnh Lai Châu không đạt mục tiêu", StringComparison.Ordinal)));
        Assert.Contains(audit.Rows, r => r.Cells.Any(c => c.Text == "Lai Châu — quý IV") && r.Cells.Any(c => c.Number == 71.5m));
        Assert.Contains(progress.Rows, r => r[0].Text == "PRV.FIBRE_HOUSEHOLDS_RATE" && r[6].Number == 45m);
        await Problems.AssertFieldErrorAsync(unknown, System.Net.HttpStatusCode.UnprocessableEntity, "format", "csv or xlsx");
    }

    private static async Task<DxMonitor.Web.ImportExport.SheetTable> WorkbookAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        Assert.Equal(DxMonitor.Web.ImportExport.XlsxFormat.ContentType, response.Content.Headers.ContentType?.MediaType);
        return DxMonitor.Web.ImportExport.XlsxFormat.Read(await response.Content.ReadAsByteArrayAsync(), DxMonitor.Web.ImportExport.XlsxLimits.Default);
    }

    /// <summary>
    /// Stores a province's smartphone-household rate for 2024Q4 with a comment, and fibre figures far behind their
    /// target, then waits for the missed-deadline alert they raise.
    /// </summary>
    private static async Task ReportBehindTargetAsync(HttpClient analyst, string unit, decimal rate, string comment)
    {
        (await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new object[]
            {
                new { indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE", unit, period = "2024Q4", value = rate, comment },
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit, period = "2021Q4", value = 40m },
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit, period = "2022Q4", value = 45m },
            },
        })).EnsureSuccessStatusCode();
        await Eventually.MatchAsync(() => analyst.GetStringAsync($"/api/v1/alerts?unit={unit}&rule=DeadlineMissed"),
            t => t.Contains(unit, StringComparison.Ordinal), $"{unit}'s missed-deadline alert");
    }
}
