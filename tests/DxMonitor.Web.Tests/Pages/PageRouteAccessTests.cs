using System.Net;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>
/// An officer of Hà Nội (P01) tries every page route with Quảng Ninh's (P22) ids, signed in with a real cookie
/// and a valid anti-forgery token taken from their own form: nothing of P22's is shown or changed.
/// </summary>
public sealed class PageRouteAccessTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Secret = "Số liệu nháp riêng của Quảng Ninh";
    private const string Password = "Ha-Noi-Officer-2026!";

    [Fact]
    public async Task An_officer_cannot_read_or_write_another_provinces_report_or_trail_through_any_page()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var quangNinh = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P22"));
        await Rounds.OpenAsync(analyst, "R-PAGES", new[] { "PRV.MOBILE_SUBSCRIBERS" });
        (await quangNinh.PutAsJsonAsync("/api/v1/rounds/R-PAGES/reports/P22/entries",
            new { entries = new[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 77m, comment = Secret } } })).EnsureSuccessStatusCode();
        (await analyst.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P22/2024Q4", new { value = 70, comment = Secret })).EnsureSuccessStatusCode();
        await app.CreateUserAsync("so.hanoi", Password, Role.UnitOfficer, "P01");
        var officer = CookieClient.For(app);
        (await CookieClient.SignInAsync(officer, "so.hanoi", Password)).Dispose();

        var ownForm = await officer.GetStringAsync("/reporting/R-PAGES/P01");
        var otherForm = await officer.GetAsync("/reporting/R-PAGES/P22");
        var forgedSave = await officer.PostAsync("/reporting/R-PAGES/P22", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "report",
            ["__RequestVerificationToken"] = CookieClient.AntiforgeryToken(ownForm),
            ["Input.Action"] = "submit",
            ["Input.Lines[0].Indicator"] = "PRV.MOBILE_SUBSCRIBERS",
            ["Input.Lines[0].Value"] = "1",
        }));
        var audit = await officer.GetStringAsync("/audit?unit=P22");
        var roundPage = await officer.GetAsync("/reporting/R-PAGES");
        var users = await officer.GetAsync("/admin/users");
        var apiRead = await officer.GetAsync("/api/v1/rounds/R-PAGES/reports/P22");
        var apiTrail = await officer.GetStringAsync("/api/v1/audit/values?unit=P22");
        var stored = await app.QueryAsync(db => db.ReportEntries.Where(e => db.Reports.Any(r => r.Id == e.ReportId && db.Units.Any(u => u.Id == r.UnitId && u.Code == "P22")))
            .Select(e => new { e.Value, e.Comment }).SingleAsync());
        var state = await app.QueryAsync(db => db.Reports.Where(r => db.Units.Any(u => u.Id == r.UnitId && u.Code == "P22")).Select(r => r.State).SingleAsync());

        Assert.Contains("Hà Nội", ownForm, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/reporting"), (otherForm.StatusCode, otherForm.Headers.Location?.AbsolutePath));
        Assert.DoesNotContain(Secret, await otherForm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(forgedSave.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.BadRequest }); // the page has no form of P22's to take it
        Assert.Equal((77m, Secret), (stored.Value, stored.Comment));
        Assert.Equal(DxMonitor.Domain.Reporting.ReportState.Draft, state);
        Assert.DoesNotContain(Secret, audit, StringComparison.Ordinal);
        Assert.Contains("/account/denied", roundPage.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Contains("/account/denied", users.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, apiRead.StatusCode);
        Assert.DoesNotContain(Secret, apiTrail, StringComparison.Ordinal);
    }
}
