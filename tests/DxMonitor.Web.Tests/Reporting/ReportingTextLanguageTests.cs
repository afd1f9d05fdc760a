using System.Net;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Reporting;

/// <summary>A report's problems read in Vietnamese by default and in English on request.</summary>
public sealed class ReportingTextLanguageTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static readonly object NotAsked = new { entries = new object[] { new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", value = 90 } } };

    [Fact]
    public async Task A_report_is_corrected_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await Rounds.OpenAsync(app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.dot")), "R-NGON-NGU", ["PRV.MOBILE_SUBSCRIBERS", "PRV.HOUSEHOLDS"]);
        var token = await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.khcn.ngon.ngu");
        var officer = app.Client(token, language: null);
        const string url = "/api/v1/rounds/R-NGON-NGU/reports/P01";

        var vietnamese = await Problems.AssertProblemAsync(await officer.PutAsJsonAsync($"{url}/entries", NotAsked), HttpStatusCode.BadRequest);
        var english = await Problems.AssertProblemAsync(await app.Client(token).PutAsJsonAsync($"{url}/entries", NotAsked), HttpStatusCode.BadRequest);
        var incomplete = await Problems.AssertProblemAsync(await officer.PostAsync($"{url}/submit", null), HttpStatusCode.UnprocessableEntity);
        var unknown = await Problems.AssertProblemAsync(await officer.GetAsync("/api/v1/rounds/R-KHONG-CO/reports/P01"), HttpStatusCode.NotFound);

        Assert.Equal("Có giá trị không hợp lệ; chưa lưu.", vietnamese.GetProperty("title").GetString());
        Assert.Equal("Chỉ tiêu 'PRV.FIBRE_HOUSEHOLDS_RATE' không thuộc đợt báo cáo R-NGON-NGU.", vietnamese.GetProperty("errors").GetProperty("entries[0].indicator")[0].GetString());
        Assert.Equal("Invalid values; nothing was saved.", english.GetProperty("title").GetString());
        Assert.Equal("Indicator 'PRV.FIBRE_HOUSEHOLDS_RATE' is not asked for in round R-NGON-NGU.", english.GetProperty("errors").GetProperty("entries[0].indicator")[0].GetString());
        Assert.Equal("Còn 2 trong số 2 chỉ tiêu chưa có giá trị; hãy điền đầy đủ trước khi gửi.", incomplete.GetProperty("errors").GetProperty("entries")[0].GetString());
        Assert.Equal("Không tìm thấy báo cáo", unknown.GetProperty("title").GetString());
    }
}
