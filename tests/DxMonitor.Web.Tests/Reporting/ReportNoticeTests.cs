using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Alerts;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Reporting;
using DxMonitor.Web.Tests.Alerts.Notifications;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DxMonitor.Web.Tests.Reporting;

/// <summary>
/// A unit hears about its report: due in days while not submitted, returned with the reviewer's comment, accepted with
/// the note; in its alert inbox and at its subscribers' webhook, whatever their minimum severity. Another unit hears nothing.
/// </summary>
public sealed class ReportNoticeTests
{
    private const string Indicator = "PRV.MOBILE_SUBSCRIBERS";

    [Fact]
    public async Task A_unit_is_told_its_report_is_due_then_returned_with_the_comment_then_accepted_with_the_note_and_another_unit_hears_nothing()
    {
        await using var nghean = await WebhookReceiver.StartAsync(200);
        await using var hanoi = await WebhookReceiver.StartAsync(200);
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string>
        {
            ["Alerting:Subscriptions:0:Unit"] = "P40",
            ["Alerting:Subscriptions:0:WebhookUrl"] = nghean.Url.ToString(),
            ["Alerting:Subscriptions:0:WebhookSecret"] = "bí-mật-nghệ-an",
            ["Alerting:Subscriptions:1:Unit"] = "P01",
            ["Alerting:Subscriptions:1:WebhookUrl"] = hanoi.Url.ToString(),
            ["Alerting:Subscriptions:1:WebhookSecret"] = "another",
            ["Monitoring:OverdueAlerts"] = "false",
            ["Reporting:NoticeCheckMinutes"] = "1440",
        });
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "tham.dinh.thong.bao"));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P40", user: "can.bo.nghe.an.thong.bao"));
        var hanoiOfficer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "can.bo.ha.noi.thong.bao"));
        var dueOn = VietnamCalendar.Today(TimeProvider.System).AddDays(2);
        await Rounds.OpenAsync(analyst, "R-THONG-BAO", [Indicator], period: "2025Q2", dueOn: dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), titleVi: "Báo cáo quý II/2025");
        const string Report = "/api/v1/rounds/R-THONG-BAO/reports/P40";

        await CheckAsync(app);
        var dueSoon = await NoticeAsync(officer, "ReportDueSoon");
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"{Report}/entries", new { entries = new[] { new { indicator = Indicator, value = 1234 } } }));
        await Problems.AssertOkAsync(await officer.PostAsync($"{Report}/submit", null));
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync($"{Report}/return", new { text = "Thiếu số thuê bao tháng 6" }));
        await CheckAsync(app);
        var returned = await NoticeAsync(officer, "ReportReturned");
        var dueSoonAfterSubmit = await NoticeAsync(officer, "ReportDueSoon", state: "Resolved");
        await Problems.AssertOkAsync(await officer.PostAsync($"{Report}/submit", null));
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync($"{Report}/accept", new { text = "Số liệu đầy đủ, đạt yêu cầu" }));
        await CheckAsync(app);
        var accepted = await NoticeAsync(officer, "ReportAccepted");
        var hooks = await Eventually.MatchAsync(() => Task.FromResult(nghean.Requests.ToArray()),
            r => r.Select(Body).Any(b => b.GetProperty("rule").GetString() == "ReportAccepted"), "the acceptance notice at Nghệ An's webhook");
        var otherInbox = await hanoiOfficer.GetFromJsonAsync<JsonElement>("/api/v1/alerts?rule=ReportReturned");
        var otherReads = await hanoiOfficer.GetAsync("/api/v1/alerts?unit=P40&rule=ReportReturned");

        Assert.Contains("còn 2 ngày", dueSoon.GetProperty("summaryVi").GetString(), StringComparison.Ordinal);
        Assert.Contains("Báo cáo quý II/2025", dueSoon.GetProperty("summaryVi").GetString(), StringComparison.Ordinal);
        Assert.Contains("bị trả lại: Thiếu số thuê bao tháng 6", returned.GetProperty("summaryVi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Resolved", dueSoonAfterSubmit.GetProperty("state").GetString());
        Assert.Contains("Số liệu đầy đủ, đạt yêu cầu", accepted.GetProperty("summaryVi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Info", accepted.GetProperty("severity").GetString());
        var bodies = hooks.Select(Body).ToList();
        Assert.Contains(bodies, b => b.GetProperty("rule").GetString() == "ReportReturned" && b.GetProperty("state").GetString() == "Firing"
            && b.GetProperty("summaryVi").GetString()!.Contains("Thiếu số thuê bao tháng 6", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.GetProperty("rule").GetString() == "ReportDueSoon");
        Assert.DoesNotContain(hanoi.Requests.Select(Body), b => b.GetProperty("unitCode").GetString() == "P40");
        Assert.DoesNotContain(otherInbox.GetProperty("items").EnumerateArray(), a => a.GetProperty("unit").GetString() == "P40");
        Assert.False(otherReads.IsSuccessStatusCode);
    }

    private static async Task CheckAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<AlertStore>();
        await ReportNoticeWatcher.CheckAsync(db, TimeProvider.System, new ReportingOptions(), new AlertWrite(store, new AlertPolicy(TimeSpan.Zero, 1, TimeSpan.FromHours(72), 2)), CancellationToken.None);
    }

    private static async Task<JsonElement> NoticeAsync(HttpClient officer, string rule, string state = "Firing")
    {
        var alerts = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?unit=P40&rule={rule}&state={state}");
        return Assert.Single(alerts.GetProperty("items").EnumerateArray());
    }

    private static JsonElement Body(ReceivedRequest request) => JsonDocument.Parse(request.Body).RootElement;
}
