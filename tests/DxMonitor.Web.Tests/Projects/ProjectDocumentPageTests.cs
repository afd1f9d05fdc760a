using System.Net.Http.Json;
using System.Text;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static DxMonitor.Web.Tests.Projects.ProjectBodies;

namespace DxMonitor.Web.Tests.Projects;

/// <summary>
/// An officer attaches documents from the project page in Chromium: the same checks and size limit as the upload
/// API, a refusal shown beside the file field in the reader's language, nothing stored when refused.
/// </summary>
public sealed class ProjectDocumentPageTests(ProjectApps apps, Browser browser) : IClassFixture<ProjectApps>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Tài-Liệu-2026";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    private async Task<(TestApp App, IPage Page, List<string> Errors)> ProjectPageAsync(string code, string user, Role role = Role.UnitOfficer, string culture = "vi-VN")
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var api = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P20"));
        await ProjectsApiTests.Json(await api.PostAsJsonAsync("/api/v1/projects", Project(code, "P20")));
        await app.CreateUserAsync(user, Password, role, "P20");
        var errors = new List<string>();
        var page = await browser.SignInAsync(app.Address, user, Password, errors);
        await page.Locator("header .user").WaitForAsync();
        await page.GotoAsync(new Uri(app.Address, $"/projects/{code}?culture={culture}").ToString(), Navigation.Goto);
        return (app, page, errors);
    }

    private static Task<int> StoredAsync(TestApp app, string code) => app.QueryAsync(db => db.ProjectDocuments.CountAsync(d => d.ProjectCode == code));

    private static async Task UploadAsync(IPage page, string label, string button, string name, byte[] content)
    {
        await page.GetByLabel(label).SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task An_officer_uploads_a_pdf_and_sees_it_listed_and_an_executable_renamed_pdf_is_refused_beside_the_field()
    {
        var (app, page, errors) = await ProjectPageAsync("DA-TRANG-TL", "so.tttt.tl");
        const string label = "Tệp tài liệu (PDF, PNG, JPEG, DOCX hoặc XLSX; tối đa 0,04 MB)";

        await UploadAsync(page, label, "Tải lên", "Quyết định phê duyệt.pdf", Pdf);
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        var listed = await page.Locator("table", new() { HasText = "SHA-256" }).InnerTextAsync();
        await UploadAsync(page, label, "Tải lên", "cai-dat.pdf", Executable);
        var refusal = await page.Locator("#file-error").InnerTextAsync();
        var describedBy = await page.GetByLabel(label).GetAttributeAsync("aria-describedby");
        await Browser.ScreenshotAsync(page, "project-document-refused-vi");
        await UploadAsync(page, label, "Tải lên", "quá-lớn.pdf", [.. Pdf, .. new byte[45_000]]);
        var tooLarge = await page.Locator("#file-error").InnerTextAsync();

        Assert.Contains("Quyết định phê duyệt.pdf", listed, StringComparison.Ordinal);
        Assert.Contains("Nội dung tệp «cai-dat.pdf» không thuộc các loại được chấp nhận", refusal, StringComparison.Ordinal);
        Assert.Equal("file-error", describedBy);
        Assert.Contains("vượt quá 0,04 MB", tooLarge, StringComparison.Ordinal);
        Assert.Equal(1, await StoredAsync(app, "DA-TRANG-TL"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_refusal_reads_in_English_and_a_leader_who_cannot_write_sees_no_upload_form()
    {
        var (app, page, _) = await ProjectPageAsync("DA-TRANG-EN", "so.tttt.en", culture: "en-US");
        await UploadAsync(page, "Document file (PDF, PNG, JPEG, DOCX or XLSX; at most 0.04 MB)", "Upload", "report.docx", Pdf);
        var refusal = await page.Locator("#file-error").InnerTextAsync();
        var (_, leaderPage, _) = await ProjectPageAsync("DA-TRANG-LD", "lanh.dao.tl", Role.Leader);

        Assert.Contains("The extension of 'report.docx' does not match its content", refusal, StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(app, "DA-TRANG-EN"));
        Assert.Equal(0, await leaderPage.Locator("input[type=file]").CountAsync());
    }
}
