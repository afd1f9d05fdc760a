using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Tests.Dossiers;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Dossiers;

/// <summary>
/// A unit's officer sends the month's dossier file from the dossiers page in Chromium: a file with a bad row is
/// refused whole with the problems listed by row and column in Vietnamese, as is one naming another unit; the
/// corrected file is stored and the page shows what was stored. A leader, who sends nothing, is not offered the form, and a forged post is denied.
/// </summary>
public sealed class DossierUploadPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Gửi-Hồ-Sơ-2026";

    [Fact]
    public async Task An_officer_sends_a_file_sees_its_problems_in_Vietnamese_then_stores_the_corrected_one()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("mot.cua.gui.tep", Password, Role.UnitOfficer, "P01");
        var hanoi = SampleDossiers.Fields.Where(f => f.Unit == "P01").ToList();
        var bad = Csv([DossierFiles.Header, Line(hanoi[0]), Line(hanoi[1] with { ReceivedAt = "2025-02-30 10:00" }), .. hanoi.Skip(2).Select(Line)]);
        var errors = new List<string>();
        var page = await browser.SignInAsync(app.Address, "mot.cua.gui.tep", Password, errors);
        await page.Locator("header .user").WaitForAsync();
        await page.GotoAsync(new Uri(app.Address, "/dossiers").ToString(), Navigation.Goto);

        var before = await app.QueryAsync(db => db.Dossiers.CountAsync());
        await SendAsync(page, bad);
        var refusal = await page.Locator("#dossier-file-result [role=alert]").InnerTextAsync();
        await page.Locator("section[aria-labelledby=upload-title]").ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder, "screenshots", "dossier-upload-vi.png") });
        var storedAfterRefusal = await app.QueryAsync(db => db.Dossiers.CountAsync());
        var axe = await page.RunAxeAsync();
        await SendAsync(page, Csv([DossierFiles.Header, Line(hanoi[0]), Line(hanoi[1] with { Unit = "P04" })]));
        var notOurs = await page.Locator("#dossier-file-result [role=alert]").InnerTextAsync();
        var storedAfterNotOurs = await app.QueryAsync(db => db.Dossiers.CountAsync());
        await SendAsync(page, SampleCsv("P01"));
        var status = await page.Locator("#dossier-file-result [role=status]").InnerTextAsync();

        Assert.Contains("dòng 3, cột F (received_at)", refusal, StringComparison.Ordinal);
        Assert.Contains("'2025-02-30 10:00' không phải là thời điểm", refusal, StringComparison.Ordinal);
        Assert.Contains("chưa lưu hồ sơ nào", refusal, StringComparison.Ordinal);
        Assert.Equal(before, storedAfterRefusal);
        Assert.Contains("Không thuộc đơn vị của bạn", notOurs, StringComparison.Ordinal);
        Assert.Contains("P04", notOurs, StringComparison.Ordinal);
        Assert.Equal(before, storedAfterNotOurs);
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help}"));
        Assert.Equal($"Đã lưu {hanoi.Count} hồ sơ của 1 đơn vị", status[..status.IndexOf(';', StringComparison.Ordinal)]);
        Assert.Equal(before + hanoi.Count, await app.QueryAsync(db => db.Dossiers.CountAsync()));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_leader_is_not_offered_the_form_and_a_forged_upload_is_denied()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("lanh.dao.gui.tep", Password, Role.Leader, "P01");
        var leader = CookieClient.For(app);
        (await CookieClient.SignInAsync(leader, "lanh.dao.gui.tep", Password)).Dispose();
        var pageHtml = await leader.GetStringAsync("/dossiers");
        var file = new ByteArrayContent(SampleCsv("P01"));
        file.Headers.ContentType = new("text/csv");
        var form = new MultipartFormDataContent
        {
            { new StringContent("upload-dossiers"), "_handler" },
            { new StringContent(CookieClient.AntiforgeryToken(pageHtml)), "__RequestVerificationToken" },
            { file, "file", "ho-so.csv" },
        };

        var before = await app.QueryAsync(db => db.DossierBatches.CountAsync());
        var forged = await leader.PostAsync("/dossiers", form);

        Assert.DoesNotContain("upload-dossiers", pageHtml, StringComparison.Ordinal);
        Assert.Equal("/account/denied", forged.Headers.Location is { } to ? new Uri(app.Address, to).AbsolutePath : null);
        Assert.Equal(before, await app.QueryAsync(db => db.DossierBatches.CountAsync()));
    }

    private static async Task SendAsync(IPage page, byte[] csv)
    {
        await page.GetByLabel("Tệp CSV hồ sơ").SetInputFilesAsync(new FilePayload { Name = "ho-so-thang.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi tệp", Exact = true }).ClickAsync();
        await page.Locator("#dossier-file-result :is([role=alert], [role=status])").WaitForAsync();
    }
}
