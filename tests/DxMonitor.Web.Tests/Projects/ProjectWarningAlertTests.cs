using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Projects;
using DxMonitor.Web.Alerts;
using DxMonitor.Web.Dossiers;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Projects;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static DxMonitor.Web.Tests.Projects.ProjectBodies;
using static DxMonitor.Web.Tests.Projects.ProjectsApiTests;

namespace DxMonitor.Web.Tests.Projects;

public sealed class ProjectWarningAlertTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static readonly AlertPolicy Policy = new(TimeSpan.Zero, 1, TimeSpan.FromHours(72), 2);

    internal static async Task CheckAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<ProjectsOptions>>().Value;
        await ProjectWarningWatcher.CheckAsync(db, scope.ServiceProvider.GetRequiredService<ProjectQueries>(), TimeProvider.System, options,
            new AlertWrite(scope.ServiceProvider.GetRequiredService<AlertStore>(), Policy), CancellationToken.None);
    }

    /// <summary>The engine's pass and the dossier watcher, twice each: enough to resolve anything they own.</summary>
    private static async Task OtherPassesAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<AlertStore>();
        for (var i = 0; i < 2; i++)
        {
            await store.ApplyAsync(db, [], TimeProvider.System.GetUtcNow().UtcDateTime, Policy, CancellationToken.None);
            await DueSoonWatcher.CheckAsync(db, TimeProvider.System, new DossiersOptions(), new AlertWrite(store, Policy), CancellationToken.None);
        }
    }

    private static async Task<List<JsonElement>> AlertsAsync(HttpClient client, string code, string query) =>
        [.. (await Json(await client.GetAsync($"/api/v1/alerts?rule=ProjectWarning&{query}"))).GetProperty("items").EnumerateArray()
            .Where(a => a.GetProperty("evidence").GetString()!.StartsWith($"{code} · ", StringComparison.Ordinal))];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_overdue_milestone_alerts_the_owner_unit_until_it_is_completed_and_only_the_watcher_resolves_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P11", user: "so.tttt.p11"));
        var other = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P12"));
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var due = VietnamCalendar.Today(TimeProvider.System).AddDays(-10);
        var dueOn = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = Project("DA-P11-ALERT", "P11", milestones: [new { name = "Nghiệm thu giai đoạn 1", dueOn }]);
        await Json(await officer.PostAsJsonAsync("/api/v1/projects", body));

        await CheckAsync(app);
        await OtherPassesAsync(app);
        var own = await AlertsAsync(officer, "DA-P11-ALERT", "unit=P11");
        var national = await AlertsAsync(analyst, "DA-P11-ALERT", "unit=VN");
        var otherInUnit = await other.GetAsync("/api/v1/alerts?rule=ProjectWarning&unit=P11");
        var otherInNation = await other.GetAsync("/api/v1/alerts?rule=ProjectWarning&unit=VN");
        var otherOwnInbox = await AlertsAsync(other, "DA-P11-ALERT", "");

        var alert = Assert.Single(own);
        Assert.Equal(("P11", "Warning", "Firing"), (alert.GetProperty("unit").GetString(), alert.GetProperty("severity").GetString(), alert.GetProperty("state").GetString()));
        var summaryVi = alert.GetProperty("summaryVi").GetString()!;
        Assert.Contains("DA-P11-ALERT", summaryVi, StringComparison.Ordinal);
        Assert.Contains("Mốc \"Nghiệm thu giai đoạn 1\" quá hạn", summaryVi, StringComparison.Ordinal);
        Assert.Contains("Quá hạn 10 ngày.", summaryVi, StringComparison.Ordinal);
        Assert.Contains("10 days late.", alert.GetProperty("summaryEn").GetString(), StringComparison.Ordinal);
        Assert.Equal($"DA-P11-ALERT · Mốc quá hạn · Nghiệm thu giai đoạn 1, từ {DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture):dd/MM/yyyy}, quá hạn 10 ngày", alert.GetProperty("evidence").GetString());
        Assert.Single(national);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (otherInUnit.StatusCode, otherInNation.StatusCode));
        Assert.Empty(otherOwnInbox);

        body["milestones"] = new object[] { new { name = "Nghiệm thu giai đoạn 1", dueOn, completedOn = dueOn } };
        await Json(await officer.PutAsJsonAsync("/api/v1/projects/DA-P11-ALERT", body));
        await CheckAsync(app);

        Assert.Empty(await AlertsAsync(officer, "DA-P11-ALERT", "unit=P11"));
        var resolved = Assert.Single(await AlertsAsync(officer, "DA-P11-ALERT", "unit=P11&state=Resolved"));
        Assert.Equal(alert.GetProperty("id").GetInt64(), resolved.GetProperty("id").GetInt64());
    }

    [Fact]
    public void Over_budget_is_critical_and_a_milestone_turns_critical_once_long_overdue()
    {
        var today = new DateOnly(2026, 11, 24);
        ProjectWarning Milestone(int daysLate) => new(WarningKind.MilestoneOverdue, "M", Since: today.AddDays(-daysLate));

        Assert.Equal(AlertSeverity.Critical, ProjectWarningAlerts.Severity(WarningKind.OverBudget, [new(WarningKind.OverBudget, "disbursed", 2, 1)], today, 90));
        Assert.Equal(AlertSeverity.Warning, ProjectWarningAlerts.Severity(WarningKind.MilestoneOverdue, [Milestone(90), Milestone(3)], today, 90));
        Assert.Equal(AlertSeverity.Critical, ProjectWarningAlerts.Severity(WarningKind.MilestoneOverdue, [Milestone(3), Milestone(91)], today, 90));
        Assert.Equal(AlertSeverity.Info, ProjectWarningAlerts.Severity(WarningKind.DuplicatePlatform, [new(WarningKind.DuplicatePlatform, "P", 60)], today, 90));
    }
}
