using System.Globalization;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Tests.Infrastructure;
using static DxMonitor.Web.Tests.Projects.ProjectBodies;
using static DxMonitor.Web.Tests.Projects.ProjectsApiTests;

namespace DxMonitor.Web.Tests.Projects;

public sealed class ProjectWarningAlertPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    [Fact]
    public async Task The_alerts_page_shows_a_project_alert_to_its_owner_unit_and_not_to_another_units_officer()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.tttt.p11", "Chu-Du-An-2026!", Role.UnitOfficer, "P11");
        await app.CreateUserAsync("so.tttt.p12", "Don-Vi-Khac-2026!", Role.UnitOfficer, "P12");
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P11"));
        var dueOn = VietnamCalendar.Today(TimeProvider.System).AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Json(await officer.PostAsJsonAsync("/api/v1/projects", Project("DA-P11-PAGE", "P11", milestones: [new { name = "Vận hành thử", dueOn }])));
        await ProjectWarningAlertTests.CheckAsync(app);
        var errors = new List<string>();

        var own = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Falerts%3Funit%3DP11"), "so.tttt.p11", "Chu-Du-An-2026!", errors);
        await own.ReachesAsync(url => url.Contains("/alerts", StringComparison.Ordinal));
        var ownText = await own.Locator("main").InnerTextAsync();
        var other = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Falerts%3Funit%3DP11"), "so.tttt.p12", "Don-Vi-Khac-2026!", errors);
        await other.ReachesAsync(url => url.Contains("/alerts", StringComparison.Ordinal));
        var otherText = await other.Locator("main").InnerTextAsync();
        // The unit page follows the same rule for the unit's projects and the alerts about them.
        await own.GotoAsync(new Uri(app.Address, "/units/P11").ToString(), Navigation.Goto);
        var ownUnit = await own.Locator("main").InnerTextAsync();
        var ownProjects = await own.Locator("#projects").CountAsync();
        await other.GotoAsync(new Uri(app.Address, "/units/P11").ToString(), Navigation.Goto);
        var otherUnit = await other.Locator("main").InnerTextAsync();
        var otherProjects = await other.Locator("#projects").CountAsync();

        Assert.Contains("Dự án DA-P11-PAGE", ownText, StringComparison.Ordinal);
        Assert.Contains("Quá hạn 5 ngày.", ownText, StringComparison.Ordinal);
        Assert.Contains("Cảnh báo của", otherText, StringComparison.Ordinal);
        Assert.DoesNotContain("DA-P11-PAGE", otherText, StringComparison.Ordinal);
        Assert.Equal((1, 0), (ownProjects, otherProjects));
        Assert.Contains("Dự án DA-P11-PAGE", ownUnit, StringComparison.Ordinal);
        Assert.DoesNotContain("DA-P11-PAGE", otherUnit, StringComparison.Ordinal);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(own, "project-alert-vi");
    }
}
