using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.ImportExport;

public sealed class ExportAndRoundTripTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    // NFC Vietnamese with the characters CSV must quote: comma, double quote, line break.
    private const string Comment = "Số liệu của Sở Khoa học và Công nghệ, \"đã rà soát\"\nđợt 2";

    // Periods before 2022: the seeded national figures (2022-2024) are the nation's roll-ups, which no unit reports.
    private static async Task<HttpClient> WithValuesAsync(TestApp app, string period)
    {
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var response = await client.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new object[]
            {
                new { indicator = "PRV.MOBILE_SUBSCRIBERS", unit = "P01", period, value = 1500, comment = Comment },
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit = "P01", period, value = 91.5m, comment = "Hộ gia đình có cáp quang" },
                new { indicator = "PRV.MOBILE_SUBSCRIBERS", unit = "P22", period, value = 2100, comment = "=1+1 là chữ, không phải công thức" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    private static async Task<string> ListAsync(HttpClient client, string period) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/values?from={period}&to={period}&pageSize=500")).GetProperty("items").ToString();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_csv_export_imported_again_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await WithValuesAsync(app, "2021Q3");
        var before = await ListAsync(client, "2021Q3");

        var csv = await client.GetByteArrayAsync("/api/v1/values/export.csv?from=2021Q3&to=2021Q3");
        var response = await ImportFiles.UploadAsync(client, "values.csv", csv);

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Equal((0, 0, 3), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()));
        Assert.Equal(before, await ListAsync(client, "2021Q3"));
        Assert.Equal(Comment, await app.QueryAsync(db => db.DataValues.Where(v => v.PeriodCode == "2021Q3" && v.Value == 1500).Select(v => v.Comment).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_xlsx_export_imported_again_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await WithValuesAsync(app, "2021Q2");
        var before = await ListAsync(client, "2021Q2");

        var export = await client.GetAsync("/api/v1/values/export.xlsx?from=2021Q2&to=2021Q2");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var response = await ImportFiles.UploadAsync(client, "values.xlsx", await export.Content.ReadAsByteArrayAsync());

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Equal((0, 0, 3), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(), result.GetProperty("unchanged").GetInt32()));
        Assert.Equal(before, await ListAsync(client, "2021Q2"));
    }

    [Fact]
    public async Task The_csv_export_starts_with_a_bom_and_holds_the_exact_vietnamese_bytes()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = await WithValuesAsync(app, "2021Q1");

        var response = await app.Client().GetAsync("/api/v1/values/export.csv?unit=P01&from=2021Q1&to=2021Q1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var header = "Mã chỉ tiêu,Tên chỉ tiêu,Mã đơn vị,Tên đơn vị,Kỳ báo cáo,Giá trị,Mẫu số,Ghi chú,Nguồn,Đơn vị tính,Giá trị kỳ trước,Mục tiêu\r\n";
        Assert.Equal(Encoding.UTF8.GetBytes(header), bytes[3..(3 + Encoding.UTF8.GetByteCount(header))]);
        var quoted = Encoding.UTF8.GetBytes("\"" + Comment.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        Assert.True(bytes.AsSpan().IndexOf(quoted) > 0, "The quoted comment's UTF-8 bytes are not in the export.");
        Assert.Contains(",2021Q1,91.5,,Hộ gia đình có cáp quang,", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_has_one_empty_row_per_province_valid_on_the_date_and_indicator()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);

        var after = await app.Client().GetStringAsync("/api/v1/values/template.csv?indicators=PRV.MOBILE_SUBSCRIBERS,PRV.HOUSEHOLDS&level=Province&period=2025Q3");
        var before = await app.Client().GetStringAsync("/api/v1/values/template.csv?indicators=PRV.MOBILE_SUBSCRIBERS&period=2025Q2");
        var xlsx = await app.Client().GetAsync("/api/v1/values/template.xlsx?indicators=PRV.MOBILE_SUBSCRIBERS&period=2025Q3");

        var rows = after.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(34 * 2, rows.Length);
        Assert.All(rows, r => Assert.Matches(@",2025Q3,,,,,[^,]+,[^,]*,[^,]*$", r)); // blank to fill, then unit of measure, last value, target
        Assert.Equal(63, before.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await Problems.AssertFieldErrorAsync(await app.Client().GetAsync("/api/v1/values/template.csv?indicators=NOPE&period=2025Q3"),
            HttpStatusCode.UnprocessableEntity, "indicators", "'NOPE'");
    }

    [Fact]
    public async Task A_template_shows_each_rows_unit_of_measure_and_the_published_value_of_the_period_before()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await WithValuesAsync(app, "2024Q2");

        var template = await app.Client().GetStringAsync("/api/v1/values/template.csv?indicators=PRV.MOBILE_SUBSCRIBERS&level=Province&period=2024Q3");
        var rows = template.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.EndsWith(",Đơn vị tính,Giá trị kỳ trước,Mục tiêu", rows[0], StringComparison.Ordinal);
        Assert.Contains(",2024Q3,,,,,thuê bao,1500,", rows.Single(r => r.Contains(",P01,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(",2024Q3,,,,,thuê bao,2100,", rows.Single(r => r.Contains(",P22,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(",2024Q3,,,,,thuê bao,,", rows.Single(r => r.Contains(",P38,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
