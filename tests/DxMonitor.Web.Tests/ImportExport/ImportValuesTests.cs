using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.ImportExport.ImportFiles;

namespace DxMonitor.Web.Tests.ImportExport;

public sealed class ImportValuesTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static Task<int> CountAsync(TestApp app, string period) => app.QueryAsync(db => db.DataValues.CountAsync(v => v.PeriodCode == period));

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_file_with_one_bad_row_writes_nothing_and_names_row_and_column(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var unreadable = await UploadAsync(client, "values.csv", Csv(Header,
            "PRV.MOBILE_SUBSCRIBERS,P01,2023Q4,1500,Đã kiểm tra",
            "PRV.MOBILE_SUBSCRIBERS,P22,2023Q4,abc,",
            "PRV.HOUSEHOLDS,P22,2023Q4,\"9,000\","));
        var invalid = await UploadAsync(client, "values.csv", Csv(Header,
            "PRV.MOBILE_SUBSCRIBERS,P01,2023Q4,1500,",
            "PRV.FIBRE_HOUSEHOLDS_RATE,P01,2023Q4,140,",
            "PRV.MOBILE_SUBSCRIBERS,P01,2023Q4,1501,"));

        await Problems.AssertFieldErrorAsync(unreadable, HttpStatusCode.UnprocessableEntity, "row 3, column D (value)", "'abc' is not a number");
        await Problems.AssertFieldErrorAsync(unreadable, HttpStatusCode.UnprocessableEntity, "row 4, column D (value)", "with a point");
        await Problems.AssertFieldErrorAsync(invalid, HttpStatusCode.UnprocessableEntity, "row 3, column D (value)", "above the maximum 100");
        await Problems.AssertFieldErrorAsync(invalid, HttpStatusCode.UnprocessableEntity, "row 4, column C (period)", "already given in row 2");
        Assert.Equal(0, await CountAsync(app, "2023Q4"));
        Assert.Equal(0, await app.QueryAsync(db => db.DataValueChanges.CountAsync(c => c.PeriodCode == "2023Q4")));
    }

    [Fact]
    public async Task Wrong_headers_are_refused_naming_the_columns()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var response = await UploadAsync(client, "values.csv", Csv("Mã chỉ tiêu,Mã đơn vị,Kỳ,Giá trị", "PRV.MOBILE_SUBSCRIBERS,P01,2022Q4,1"));

        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.BadRequest, "row 1, column C", "Unknown column 'Kỳ'");
        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.BadRequest, "columns", "Kỳ báo cáo (period)");
        Assert.Equal(0, await CountAsync(app, "2022Q4"));
    }

    public static TheoryData<string, byte[], string> UnreadableFiles => new()
    {
        { "values.csv", [], "empty" },
        { "values.csv", Csv(Header), "no data rows" },
        { "values.csv", Csv(Header, "PRV.MOBILE_SUBSCRIBERS,P01,2022Q4,,"), "No row has a value" },
        { "values.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 not a table"), "neither a CSV" },
        { "values.xlsx", Encoding.UTF8.GetBytes(Header), "not an Excel workbook" },
        { "values.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9], "damaged" },
        { "values.csv", [0xEF, 0xBB, 0xBF, 0x4D, 0xE3, 0x20, 0xFF, 0xFE], "not UTF-8" },
        { "values.csv", Csv(Header, "PRV.MOBILE_SUBSCRIBERS,P01,2022Q4,1,\"open"), "not closed" },
    };

    [Theory, MemberData(nameof(UnreadableFiles))]
    public async Task Unreadable_files_are_a_clear_400(string fileName, byte[] bytes, string fragment)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var problem = await Problems.AssertProblemAsync(await UploadAsync(client, fileName, bytes), HttpStatusCode.BadRequest);

        Assert.Contains(fragment, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_configured_size_is_a_413()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string> { ["ImportExport:MaxFileBytes"] = "2048" });
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var row = "PRV.MOBILE_SUBSCRIBERS,P01,2022Q4,1,";

        var over = await UploadAsync(client, "values.csv", Csv([Header, .. Enumerable.Repeat(row + new string('x', 100), 30)]));
        var farOver = await UploadAsync(client, "values.csv", Csv([Header, .. Enumerable.Repeat(row + new string('x', 1000), 100)]));

        await Problems.AssertProblemAsync(over, HttpStatusCode.RequestEntityTooLarge);
        await Problems.AssertProblemAsync(farOver, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync(app, "2022Q4"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_cannot_import_another_units_rows(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));

        var response = await UploadAsync(officer, "values.csv", Csv(Header,
            "PRV.MOBILE_SUBSCRIBERS,P01,2022Q3,1500,", "PRV.MOBILE_SUBSCRIBERS,P01,2022Q2,1400,", "PRV.MOBILE_SUBSCRIBERS,P22,2022Q3,2100,"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.StartsWith("row 4, column B (unit): You may not write data of unit P22.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, "2022Q3") + await CountAsync(app, "2022Q2"));
    }

    [Fact]
    public async Task An_officer_imports_own_units_rows_and_anonymous_is_refused()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var file = Csv(Header, "PRV.MOBILE_SUBSCRIBERS,P01,2020Q4,1500,Đã kiểm tra", "PRV.HOUSEHOLDS,P01,2020Q4,,");

        var anonymous = await UploadAsync(app.Client(), "values.csv", file);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(0, await CountAsync(app, "2020Q4"));

        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));
        var noRound = await UploadAsync(officer, "values.csv", file);
        await Problems.AssertFieldErrorAsync(noRound, HttpStatusCode.Conflict, "row 2, column C (period)", "No reporting round asks P01");
        await Rounds.OpenAsync(app.Client(await app.TokenForAsync(Role.NationalAnalyst)), "R-IMPORT", ["PRV.MOBILE_SUBSCRIBERS", "PRV.HOUSEHOLDS"], period: "2020Q4");

        var response = await UploadAsync(officer, "values.csv", file);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var draft = await Problems.AssertOkAsync(await officer.GetAsync("/api/v1/rounds/R-IMPORT/reports/P01"));
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync("/api/v1/rounds/R-IMPORT/reports/P01/entries", new { entries = new object[] { new { indicator = "PRV.HOUSEHOLDS", value = 9000 } } }));
        await Problems.AssertOkAsync(await officer.PostAsync("/api/v1/rounds/R-IMPORT/reports/P01/submit", null));
        var underReview = await UploadAsync(officer, "values.csv", Csv(Header, "PRV.MOBILE_SUBSCRIBERS,P01,2020Q4,1,"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Equal((2, 1, 1), (result.GetProperty("rows").GetInt32(), result.GetProperty("created").GetInt32(), result.GetProperty("skipped").GetInt32()));
        Assert.Equal("R-IMPORT", Assert.Single(result.GetProperty("drafts").EnumerateArray()).GetProperty("round").GetString());
        Assert.Equal(0, await CountAsync(app, "2020Q4")); // a draft, not a stored figure
        await Problems.AssertFieldErrorAsync(underReview, HttpStatusCode.Conflict, "row 2, column D (value)", "R-IMPORT");
        var line = draft.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("indicator").GetString() == "PRV.MOBILE_SUBSCRIBERS");
        Assert.Equal((1500m, "Đã kiểm tra"), (line.GetProperty("value").GetDecimal(), line.GetProperty("comment").GetString()));
    }
}
