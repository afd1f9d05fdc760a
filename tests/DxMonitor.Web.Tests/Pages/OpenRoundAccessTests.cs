using System.Net;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>
/// A provincial officer, who is not shown the open-round form, forges its post on /reporting with a valid
/// anti-forgery token taken from a page they can see: the answer is the access-denied page and no round exists.
/// </summary>
public sealed class OpenRoundAccessTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Password = "Can-Bo-Tinh-2026!";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_forged_open_round_post_by_a_provincial_officer_is_denied_and_opens_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await app.CreateUserAsync("can.bo.tinh.mo.dot", Password, Role.UnitOfficer, "P01");
        var officer = CookieClient.For(app);
        (await CookieClient.SignInAsync(officer, "can.bo.tinh.mo.dot", Password)).Dispose();
        var ownPage = await officer.GetStringAsync("/reporting");

        var forged = await officer.PostAsync("/reporting", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "open-round",
            ["__RequestVerificationToken"] = CookieClient.AntiforgeryToken(ownPage),
            ["Round.Code"] = "R-FORGED",
            ["Round.TitleVi"] = "Đợt báo cáo giả mạo",
            ["Round.Period"] = "2025Q3",
            ["Round.Level"] = "Province",
            ["Round.DueOn"] = "2025-10-15",
            ["Round.Indicators"] = "PRV.MOBILE_SUBSCRIBERS",
        }));
        var deniedPage = await officer.GetAsync(forged.Headers.Location ?? new Uri("/", UriKind.Relative));
        var rounds = await app.QueryAsync(db => db.Rounds.CountAsync(r => r.Code == "R-FORGED"));

        Assert.DoesNotContain("Mở đợt báo cáo", ownPage, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/account/denied"), (forged.StatusCode, forged.Headers.Location is { } to ? new Uri(app.Address, to).AbsolutePath : null));
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
        Assert.Contains("không có quyền", await deniedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, rounds);
    }
}
