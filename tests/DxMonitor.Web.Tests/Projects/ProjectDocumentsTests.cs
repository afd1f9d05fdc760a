using System.Net;
using System.Net.Http.Json;
using System.Text;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.ImportExport;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DxMonitor.Web.Tests.Projects.ProjectBodies;

namespace DxMonitor.Web.Tests.Projects;

public sealed class ProjectDocumentsTests(ProjectApps apps) : IClassFixture<ProjectApps>
{
    private const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string code, string fileName, byte[] bytes) =>
        ImportFiles.UploadToAsync(client, $"/api/v1/projects/{code}/documents", fileName, bytes);

    private async Task<(TestApp App, HttpClient Officer)> ProjectAsync(DatabaseProvider provider, string code)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P20"));
        await ProjectsApiTests.Json(await officer.PostAsJsonAsync("/api/v1/projects", Project(code, "P20")));
        return (app, officer);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_pdf_is_stored_outside_wwwroot_under_a_generated_name_and_served_only_as_an_attachment(DatabaseProvider provider)
    {
        var (app, officer) = await ProjectAsync(provider, "DA-DOC-OK");

        var uploaded = await ProjectsApiTests.Json(await UploadAsync(officer, "DA-DOC-OK", @"..\..\wwwroot\Quyết định phê duyệt.pdf", Pdf));
        var download = await officer.GetAsync($"/api/v1/projects/DA-DOC-OK/documents/{uploaded.GetProperty("id").GetString()}");
        var stored = Directory.GetFiles(Path.Combine(apps.Documents.FullName, provider.ToString()));
        var history = await ProjectsApiTests.Json(await officer.GetAsync("/api/v1/projects/DA-DOC-OK/history"));

        Assert.Equal(("Quyết định phê duyệt.pdf", "Pdf"), (uploaded.GetProperty("fileName").GetString(), uploaded.GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains(stored, f => Path.GetFileName(f).Length == 32 && Path.GetFileName(f).All(char.IsAsciiHexDigitLower));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(app.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "wwwroot"), "*.pdf", SearchOption.AllDirectories), _ => true);
        Assert.Contains(history.EnumerateArray(), c => c.GetProperty("subject").GetString()!.StartsWith("project/DA-DOC-OK/document/", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_virus_test_script_and_a_file_whose_extension_lies_are_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        var (app, officer) = await ProjectAsync(provider, "DA-DOC-BAD");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        var eicar = await UploadAsync(officer, "DA-DOC-BAD", "hop-dong.pdf", Encoding.ASCII.GetBytes(Eicar));
        var html = await UploadAsync(officer, "DA-DOC-BAD", "bao-cao.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"));
        var lying = await UploadAsync(officer, "DA-DOC-BAD", "bien-ban.pdf", png);
        var empty = await UploadAsync(officer, "DA-DOC-BAD", "trong.pdf", []);

        await Problems.AssertFieldErrorAsync(eicar, HttpStatusCode.UnprocessableEntity, "file", "not one of the accepted types");
        await Problems.AssertFieldErrorAsync(html, HttpStatusCode.UnprocessableEntity, "file", "not one of the accepted types");
        await Problems.AssertFieldErrorAsync(lying, HttpStatusCode.UnprocessableEntity, "file", "its content is .png");
        await Problems.AssertFieldErrorAsync(empty, HttpStatusCode.UnprocessableEntity, "file", "is empty");
        Assert.False(await app.QueryAsync(db => db.ProjectDocuments.AnyAsync(d => d.ProjectCode == "DA-DOC-BAD")));
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_413_and_another_units_project_is_not_found()
    {
        var (app, _) = await ProjectAsync(DatabaseProvider.Sqlite, "DA-DOC-LIMIT");
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var other = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P22"));
        var big = new byte[40_001];
        Pdf.CopyTo(big, 0);

        var tooLarge = await UploadAsync(analyst, "DA-DOC-LIMIT", "lon.pdf", big);
        var otherUpload = await UploadAsync(other, "DA-DOC-LIMIT", "x.pdf", Pdf);
        var ok = await ProjectsApiTests.Json(await UploadAsync(analyst, "DA-DOC-LIMIT", "ok.pdf", Pdf));
        var otherDownload = await other.GetAsync($"/api/v1/projects/DA-DOC-LIMIT/documents/{ok.GetProperty("id").GetString()}");

        await Problems.AssertProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        await Problems.AssertProblemAsync(otherUpload, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(otherDownload, HttpStatusCode.NotFound);
    }
}
