using System.Net;
using System.Net.Http.Json;
using System.Text;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using DxMonitor.Web.Tests.Projects;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Projects.ProjectBodies;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>
/// Readers who are not shown a page's form forge its post with a valid anti-forgery token (their own, from a page
/// they can see): each is sent to the access-denied page and nothing is written. The project upload is also posted
/// the same way by the project's own officer, which stores it: the forged posts are refused for who sent them,
/// not for their shape.
/// </summary>
public sealed class PagePostAccessTests(ProjectApps apps) : IClassFixture<ProjectApps>
{
    private const string Password = "Mật-Khẩu-Biểu-Mẫu-2026";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_those_who_may_write_a_project_attach_documents_from_its_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = $"DA-P20-FORM-{provider}".ToUpperInvariant();
        var api = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P20"));
        await ProjectsApiTests.Json(await api.PostAsJsonAsync("/api/v1/projects", Project(code, "P20")));

        var leader = await SignedInAsync(app, $"lanh.dao.{provider}".ToLowerInvariant(), Role.Leader, null);
        var otherUnit = await SignedInAsync(app, $"can.bo.p01.{provider}".ToLowerInvariant(), Role.UnitOfficer, "P01");
        var owner = await SignedInAsync(app, $"can.bo.p20.{provider}".ToLowerInvariant(), Role.UnitOfficer, "P20");
        var leaderPage = await leader.GetStringAsync($"/projects/{code}");

        AssertDenied(app, await PostUploadAsync(leader, code, "/"));
        AssertDenied(app, await PostUploadAsync(otherUnit, code, "/"));
        Assert.Equal(0, await app.QueryAsync(db => db.ProjectDocuments.CountAsync(d => d.ProjectCode == code)));

        var accepted = await PostUploadAsync(owner, code, $"/projects/{code}");
        Assert.Contains(code, leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("upload-document", leaderPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.EndsWith("?done=document#documents", accepted.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.ProjectDocuments.CountAsync(d => d.ProjectCode == code)));
    }

    [Fact]
    public async Task A_leader_who_reads_portals_and_registries_registers_and_evaluates_nothing()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var portal = await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/portals", new { unit = "P01", url = "https://dichvucong.example.vn/", kind = "PublicServicePortal" }));
        var portalId = portal.GetProperty("id").GetInt32();
        var leader = await SignedInAsync(app, "lanh.dao.cong", Role.Leader, null);
        var token = CookieClient.AntiforgeryToken(await leader.GetStringAsync("/"));

        var register = await leader.PostAsync("/portals", Form(token, "register", ("Input.Unit", "P01"), ("Input.Url", "https://gia-mao.example.vn/"), ("Input.Kind", "PublicServicePortal")));
        var evaluate = await leader.PostAsync($"/portals/{portalId}", Form(token, "evaluate"));
        var entry = await leader.PostAsync("/registries/community-teams", Form(token, "entry", ("Input.Unit", "P01"), ("Input.Name", "Tổ công nghệ số giả mạo")));

        AssertDenied(app, register);
        AssertDenied(app, evaluate);
        AssertDenied(app, entry);
        Assert.Equal(0, await app.QueryAsync(db => db.Portals.CountAsync(p => p.Url.Contains("gia-mao"))));
        Assert.Equal(0, await app.QueryAsync(db => db.PortalEvaluations.CountAsync(e => e.PortalId == portalId)));
        Assert.Equal(0, await app.QueryAsync(db => db.RegistryEntries.CountAsync(e => e.Name.Contains("giả mạo"))));
    }

    private static async Task<HttpClient> SignedInAsync(TestApp app, string user, Role role, string? unit)
    {
        await app.CreateUserAsync(user, Password, role, unit);
        var client = CookieClient.For(app);
        (await CookieClient.SignInAsync(client, user, Password)).Dispose();
        return client;
    }

    /// <summary>The project page's upload form, as the browser sends it, with the token of a page the sender can see.</summary>
    private static async Task<HttpResponseMessage> PostUploadAsync(HttpClient client, string code, string tokenPage)
    {
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new("application/pdf");
        var form = new MultipartFormDataContent
        {
            { new StringContent("upload-document"), "_handler" },
            { new StringContent(CookieClient.AntiforgeryToken(await client.GetStringAsync(tokenPage))), "__RequestVerificationToken" },
            { file, "file", "quyet-dinh.pdf" },
        };
        return await client.PostAsync($"/projects/{code}", form);
    }

    private static FormUrlEncodedContent Form(string token, string handler, params (string Name, string Value)[] fields) =>
        new(new Dictionary<string, string> { ["_handler"] = handler, ["__RequestVerificationToken"] = token }
            .Concat(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    private static void AssertDenied(TestApp app, HttpResponseMessage forged) =>
        Assert.Equal((HttpStatusCode.Redirect, "/account/denied"),
            (forged.StatusCode, forged.Headers.Location is { } to ? new Uri(app.Address, to).AbsolutePath : null));
}
