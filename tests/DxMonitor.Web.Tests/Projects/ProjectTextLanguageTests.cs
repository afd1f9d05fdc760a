using System.Net;
using System.Text;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Projects;

/// <summary>A project's save problems read in Vietnamese by default and in English on request.</summary>
public sealed class ProjectTextLanguageTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Body = """
        {"code":"DA-NGON-NGU","name":"A","unit":"P99","totalBudget":1,"funding":"Oda","step":"Contract",
         "plans":[{"year":2026,"planned":1},{"year":2026,"planned":2}]}
        """;

    private static async Task<JsonElement> SaveAsync(HttpClient client) => await Problems.AssertProblemAsync(
        await client.PostAsync("/api/v1/projects", new StringContent(Body, Encoding.UTF8, "application/json")), HttpStatusCode.UnprocessableEntity);

    private static string Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task A_bad_project_is_explained_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var token = await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.du.an");

        var vietnamese = await SaveAsync(app.Client(token, language: null));
        var english = await SaveAsync(app.Client(token));

        Assert.Equal("Dự án không hợp lệ; chưa lưu.", vietnamese.GetProperty("title").GetString());
        Assert.Equal("Không có đơn vị nào mang mã 'P99'.", Message(vietnamese, "unit"));
        Assert.Equal("Kế hoạch năm 2026 được nhập hai lần.", Message(vietnamese, "plans[1].year"));
        Assert.Equal("Invalid project; nothing was saved.", english.GetProperty("title").GetString());
        Assert.Equal("No unit has the code 'P99'.", Message(english, "unit"));
        Assert.Equal("The year 2026 is planned twice.", Message(english, "plans[1].year"));
    }

    [Fact]
    public async Task A_project_registered_twice_is_a_conflict_told_in_Vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.du.an.2"), language: null);
        var body = Body.Replace("\"P99\"", "\"P01\"", StringComparison.Ordinal).Replace("{\"year\":2026,\"planned\":2}", "{\"year\":2027,\"planned\":2}", StringComparison.Ordinal);
        await Problems.AssertOkAsync(await client.PostAsync("/api/v1/projects", new StringContent(body, Encoding.UTF8, "application/json")));

        var conflict = await Problems.AssertProblemAsync(
            await client.PostAsync("/api/v1/projects", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.Conflict);

        Assert.Equal("Dự án đã được đăng ký", conflict.GetProperty("title").GetString());
        Assert.Equal("Dự án mang mã 'DA-NGON-NGU' đã được đăng ký.", Message(conflict, "code"));
    }
}
