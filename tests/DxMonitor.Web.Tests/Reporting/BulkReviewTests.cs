using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Reporting;

/// <summary>An analyst accepts and publishes many reports of a round at once; each is its own act, refusals named.</summary>
public sealed class BulkReviewTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Selected_reports_are_accepted_together_one_not_submitted_is_named_and_the_others_are_published(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cuc"));
        await SubmittedRoundAsync(app, analyst, "R-BULK");
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.khcn.hanoi"));

        var accepted = await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/rounds/R-BULK/accept",
            new { units = new[] { "P01", "P22", "P04" }, note = "Số liệu hợp lệ" }));
        var published = await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/rounds/R-BULK/publish", new { units = new[] { "P01", "P04" } }));
        var empty = await analyst.PostAsJsonAsync("/api/v1/rounds/R-BULK/accept", new { units = Array.Empty<string>() });
        var byOfficer = await officer.PostAsJsonAsync("/api/v1/rounds/R-BULK/accept", new { units = new[] { "P01" } });
        var p22 = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/rounds/R-BULK/reports/P22"));
        var publicValue = await app.Client().GetAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2025Q3");

        Assert.Equal(["P01", "P22"], accepted.GetProperty("done").EnumerateArray().Select(u => u.GetString()));
        var refusal = Assert.Single(accepted.GetProperty("refused").EnumerateArray());
        Assert.Equal("P04", refusal.GetProperty("unit").GetString());
        Assert.False(string.IsNullOrWhiteSpace(refusal.GetProperty("reason").GetString()));
        Assert.Equal(["P01"], published.GetProperty("done").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("P04", Assert.Single(published.GetProperty("refused").EnumerateArray()).GetProperty("unit").GetString());
        await Problems.AssertFieldErrorAsync(empty, HttpStatusCode.UnprocessableEntity, "units", "");
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(("Accepted", "Số liệu hợp lệ"), (p22.GetProperty("state").GetString(), p22.GetProperty("reviewComment").GetString()));
        Assert.Equal(5000m, (await Problems.AssertOkAsync(publicValue)).GetProperty("value").GetDecimal());
    }

    /// <summary>
    /// A round asking Hà Nội (P01) and Quảng Ninh (P22) for PRV.MOBILE_SUBSCRIBERS of 2025Q3, both submitted: Hà Nội's
    /// value jumped from 1,000 to 5,000 (with the comment a jump needs), Quảng Ninh's moved to 1,100. Others left as drafts.
    /// </summary>
    internal static async Task SubmittedRoundAsync(TestApp app, HttpClient analyst, string round)
    {
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                new { indicator = "PRV.MOBILE_SUBSCRIBERS", unit = "P01", period = "2025Q2", value = 1000m },
                new { indicator = "PRV.MOBILE_SUBSCRIBERS", unit = "P22", period = "2025Q2", value = 1000m },
            },
        }));
        await Rounds.OpenAsync(analyst, round, ["PRV.MOBILE_SUBSCRIBERS"]);
        foreach (var (unit, user, value, comment) in new[] { ("P01", "so.khcn.hanoi", 5000m, "Sáp nhập thêm thuê bao của hai nhà mạng"), ("P22", "so.khcn.quangninh", 1100m, "") })
        {
            var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, unit, user: user));
            var url = $"/api/v1/rounds/{round}/reports/{unit}";
            await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"{url}/entries",
                new { entries = new object[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value, comment } } }));
            await Problems.AssertOkAsync(await officer.PostAsync($"{url}/submit", null));
        }
    }
}
