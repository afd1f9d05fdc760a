using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Alerts;

/// <summary>Acknowledging and silencing alerts through the API: who may, what is refused, and the audit of each act.</summary>
public sealed class AlertActionsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_units_officer_silences_an_alert_for_days_with_a_reason_audited_and_nobody_else_can(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var id = await MissedTargetAlertAsync(app, "P38");
        var own = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P38", user: "canbo.thanhhoa"));
        var stranger = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "canbo.hanoi"));
        var leader = app.Client(await app.TokenForAsync(Role.Leader, "P38", user: "lanhdao.thanhhoa"));

        var noReason = await own.PostAsJsonAsync($"/api/v1/alerts/{id}/silence", new { days = 7, reason = "  " });
        var tooLong = await own.PostAsJsonAsync($"/api/v1/alerts/{id}/silence", new { days = 91, reason = "Chờ số liệu điều chỉnh" });
        var strangers = await stranger.PostAsJsonAsync($"/api/v1/alerts/{id}/silence", new { days = 7, reason = "Không phải việc của tôi" });
        var leaders = await leader.PostAsJsonAsync($"/api/v1/alerts/{id}/silence", new { days = 7, reason = "Lãnh đạo không ghi số liệu" });
        var silenced = await Problems.AssertOkAsync(await own.PostAsJsonAsync($"/api/v1/alerts/{id}/silence",
            new { days = 7, reason = "Sở đang rà soát lại số liệu quý 4, dự kiến gửi bản điều chỉnh" }));
        var audit = await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == $"alert/{id}").ToListAsync());
        var unsilenced = await Problems.AssertOkAsync(await own.DeleteAsync($"/api/v1/alerts/{id}/silence"));
        var acknowledged = await Problems.AssertOkAsync(await own.PostAsJsonAsync($"/api/v1/alerts/{id}/acknowledge", new { note = "Đã giao phòng Bưu chính – Viễn thông xử lý" }));

        await Problems.AssertFieldErrorAsync(noReason, HttpStatusCode.UnprocessableEntity, "reason", "");
        await Problems.AssertFieldErrorAsync(tooLong, HttpStatusCode.UnprocessableEntity, "days", "90");
        await Problems.AssertProblemAsync(strangers, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, leaders.StatusCode);
        var until = silenced.GetProperty("silencedUntil").GetDateTime();
        Assert.InRange(until - TimeProvider.System.GetUtcNow().UtcDateTime, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7.1));
        Assert.Equal(("canbo.thanhhoa", "Sở đang rà soát lại số liệu quý 4, dự kiến gửi bản điều chỉnh"),
            (silenced.GetProperty("silencedBy").GetString(), silenced.GetProperty("silenceReason").GetString()));
        var row = Assert.Single(audit);
        Assert.Equal(("Silenced", "canbo.thanhhoa"), (row.Action, row.ChangedBy));
        Assert.Contains("rà soát lại số liệu", row.NewValues, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, unsilenced.GetProperty("silencedUntil").ValueKind);
        Assert.Equal(("Acknowledged", "Đã giao phòng Bưu chính – Viễn thông xử lý"),
            (acknowledged.GetProperty("state").GetString(), acknowledged.GetProperty("acknowledgeNote").GetString()));
        Assert.Equal(["Silenced", "Unsilenced", "Acknowledged"],
            await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == $"alert/{id}").OrderBy(c => c.Id).Select(c => c.Action).ToListAsync()));
    }

    /// <summary>A target's deadline missed by a province: an alert of that province, found through the inbox.</summary>
    internal static async Task<long> MissedTargetAlertAsync(TestApp app, string unit)
    {
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                new { indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE", unit, period = "2021Q4", value = 60m },
                new { indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE", unit, period = "2022Q4", value = 70m },
            },
        });
        var inbox = await Eventually.MatchAsync(
            () => analyst.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?unit={unit}&rule=DeadlineMissed"),
            r => r.GetProperty("total").GetInt32() > 0, $"a missed-target alert for {unit}");
        return inbox.GetProperty("items")[0].GetProperty("id").GetInt64();
    }
}
