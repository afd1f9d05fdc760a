using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Projects.ProjectBodies;

namespace DxMonitor.Web.Tests.Projects;

public sealed class ProjectsApiTests(ProjectApps apps) : IClassFixture<ProjectApps>
{
    private const string Payload = "<script>window.__pwned=1</script>'; DROP TABLE projects; --";

    internal static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string[] Kinds(JsonElement project) =>
        [.. project.GetProperty("summary").GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("kind").GetString()!)];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_registers_a_project_and_sees_its_warnings_and_its_audited_history(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cuc"));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.khcn.hanoi"));
        await Json(await analyst.PostAsJsonAsync("/api/v1/registries/platforms", new
        {
            unit = "M-MOST",
            name = "Nền tảng học trực tuyến mở đại trà (MOOCs)",
            fields = new { scope = "Phổ cập kỹ năng số cho mọi người dân" },
        }));
        var body = Project("DA-P01-FLOW", name: "Xây dựng nền tảng học trực tuyến mở đại trà cho cán bộ Thủ đô",
            milestones: [new { name = "Phê duyệt thiết kế chi tiết", dueOn = $"{ThisYear - 1}-12-31" }, new { name = "Nghiệm thu", dueOn = $"{ThisYear + 1}-12-31" }],
            plans: [new { year = ThisYear - 1, planned = 20_000_000_000m, disbursed = 5_000_000_000m }], budget: 15_000_000_000m);

        var created = await officer.PostAsJsonAsync("/api/v1/projects", body);
        var project = await Json(created);
        body["plans"] = new object[] { new { year = ThisYear - 1, planned = 20_000_000_000m, disbursed = 6_000_000_000m } };
        await Json(await officer.PutAsJsonAsync("/api/v1/projects/DA-P01-FLOW", body));
        var history = await Json(await officer.GetAsync("/api/v1/projects/DA-P01-FLOW/history"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["MilestoneOverdue", "DisbursementBehindPlan", "OverBudget", "DuplicatePlatform"], Kinds(project));
        Assert.Contains("Phê duyệt thiết kế chi tiết", project.GetProperty("summary").GetProperty("warnings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(("P01", "Implementation"), (project.GetProperty("summary").GetProperty("unit").GetString(), project.GetProperty("summary").GetProperty("phase").GetString()));
        var changes = history.EnumerateArray().ToList();
        Assert.Equal(4, changes.Count(c => c.GetProperty("action").GetString() == "Created"));
        // Milestones get their ids from the database: their creation is audited under those ids, not a placeholder.
        var milestones = await app.QueryAsync(db => db.ProjectMilestones.Where(m => m.ProjectCode == "DA-P01-FLOW").Select(m => m.Id).ToListAsync());
        Assert.Equal(milestones.Select(id => $"project/DA-P01-FLOW/milestone/{id}").Order(StringComparer.Ordinal),
            changes.Where(c => c.GetProperty("action").GetString() == "Created").Select(c => c.GetProperty("subject").GetString()!)
                .Where(s => s.Contains("/milestone/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var update = Assert.Single(changes, c => c.GetProperty("action").GetString() == "Updated");
        Assert.Equal(("so.khcn.hanoi", $"project/DA-P01-FLOW/plan/{ThisYear - 1}"), (update.GetProperty("changedBy").GetString(), update.GetProperty("subject").GetString()));
        Assert.Contains("5000000000", update.GetProperty("oldValues").GetString(), StringComparison.Ordinal);
        Assert.Contains("6000000000", update.GetProperty("newValues").GetString(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_can_neither_see_nor_change_another_units_project_and_a_leader_only_reads(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var owner = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P11"));
        var other = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P12"));
        var leader = app.Client(await app.TokenForAsync(Role.Leader));
        await Json(await owner.PostAsJsonAsync("/api/v1/projects", Project("DA-P11-PRIVATE", "P11")));

        var get = await other.GetAsync("/api/v1/projects/DA-P11-PRIVATE");
        var put = await other.PutAsJsonAsync("/api/v1/projects/DA-P11-PRIVATE", Project("DA-P11-PRIVATE", "P12"));
        var createForOther = await other.PostAsJsonAsync("/api/v1/projects", Project("DA-P11-SNEAK", "P11"));
        var list = await Json(await other.GetAsync("/api/v1/projects"));
        var leaderRead = await leader.GetAsync("/api/v1/projects/DA-P11-PRIVATE");
        var leaderWrite = await leader.PostAsJsonAsync("/api/v1/projects", Project("DA-LEADER", "P11"));
        var anonymous = await app.Client().GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal("unit", (await Problems.AssertProblemAsync(createForOther, HttpStatusCode.Forbidden)).GetProperty("field").GetString());
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("unit").GetString() == "P11");
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Projects.AnyAsync(p => p.Code == "DA-P11-SNEAK" || p.Code == "DA-LEADER")));
        Assert.Equal("P11", await app.QueryAsync(db => db.Units.Where(u => db.Projects.Any(p => p.Code == "DA-P11-PRIVATE" && p.UnitId == u.Id)).Select(u => u.Code).SingleAsync()));
    }

    public static TheoryData<string, string, HttpStatusCode, string> BadProjects => new()
    {
        { """{"code":"da lower","name":"A","unit":"P01","totalBudget":1,"funding":"Oda","step":"Contract"}""", "code", HttpStatusCode.UnprocessableEntity, "not a valid project code" },
        { """{"code":"DA-B1","name":"A","unit":"P99","totalBudget":1,"funding":"Oda","step":"Contract"}""", "unit", HttpStatusCode.UnprocessableEntity, "No unit has the code 'P99'" },
        { """{"code":"DA-B2","name":"A","unit":"P01","totalBudget":0,"funding":"Oda","step":"Contract"}""", "totalBudget", HttpStatusCode.UnprocessableEntity, "more than 0" },
        { """{"code":"DA-B3","name":"A","unit":"P01","totalBudget":1,"funding":"Oda","step":"Contract","milestones":[{"name":"X","dueOn":"2026-01-01"},{"name":"x","dueOn":"2026-02-01"}]}""", "milestones[1].name", HttpStatusCode.UnprocessableEntity, "given twice" },
        { """{"code":"DA-B4","name":"A","unit":"P01","totalBudget":1,"funding":"Oda","step":"Contract","plans":[{"year":1890,"planned":1}]}""", "plans[0].year", HttpStatusCode.UnprocessableEntity, "between 1990 and 2100" },
        { """{"code":"DA-B5","name":"A","unit":"P01","totalBudget":1,"funding":"Oda","step":"Contract","plans":[{"year":2026,"planned":-5}]}""", "plans[0].planned", HttpStatusCode.UnprocessableEntity, "from 0" },
        { """{"code":"DA-B6","name":"A","unit":"P01","totalBudget":1,"funding":"Gold","step":"Contract"}""", "funding", HttpStatusCode.BadRequest, "" },
        { """{"code":"DA-B7","name":"A","unit":"P01","totalBudget":"lots","funding":"Oda","step":"Contract"}""", "totalBudget", HttpStatusCode.BadRequest, "" },
        { """{"code":"DA-B8","name":"A","unit":"P01","totalBudget":1,"funding":"Oda","step":"Contract","colour":"red"}""", "colour", HttpStatusCode.BadRequest, "" },
        { """{"code":"DA-B9","name":"A","unit":"P01","totalBudget":1,"funding":"Oda","step":"Contract","milestones":[{"name":"X","dueOn":"31/12/2026"}]}""", "milestones[0].dueOn", HttpStatusCode.BadRequest, "" },
        { """{"code":"DA-B10","name":"A","unit":"VN","totalBudget":1,"funding":"Oda","step":99}""", "step", HttpStatusCode.UnprocessableEntity, "is not one of" },
    };

    [Theory, MemberData(nameof(BadProjects))]
    public async Task Bad_input_is_answered_with_a_problem_naming_the_field_and_nothing_is_written(string json, string field, HttpStatusCode status, string fragment)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var response = await analyst.PostAsync("/api/v1/projects", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertProblemAsync(response, status);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {problem}");
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(0, await app.QueryAsync(db => db.Projects.CountAsync(p => p.Code.StartsWith("DA-B"))));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Script_and_SQL_in_a_name_are_stored_as_given_and_found_by_search(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P04"));

        await Json(await officer.PostAsJsonAsync("/api/v1/projects", Project("DA-P04-INERT", "P04", name: "Phần mềm Một cửa " + Payload)));
        var found = await Json(await officer.GetAsync("/api/v1/projects?search=" + Uri.EscapeDataString("phan mem mot cua")));

        Assert.Equal("Phần mềm Một cửa " + Payload, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.True(await app.QueryAsync(db => db.Projects.AnyAsync()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rollups_add_up_each_units_projects_and_the_nation(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await Json(await analyst.PostAsJsonAsync("/api/v1/projects", Project("DA-R1", "P14", plans: [new { year = ThisYear + 1, planned = 3_000m, disbursed = 1_000m }], budget: 10_000m)));
        await Json(await analyst.PostAsJsonAsync("/api/v1/projects", Project("DA-R2", "P14", plans: [new { year = ThisYear + 1, planned = 1_000m, disbursed = 1_000m }], budget: 5_000m)));

        var rollups = await Json(await analyst.GetAsync("/api/v1/projects/rollups?unit=P14"));
        var csv = await analyst.GetAsync("/api/v1/projects/export.csv?unit=P14");
        var text = await csv.Content.ReadAsStringAsync();

        var unit = rollups.EnumerateArray().Single(r => r.GetProperty("unit").GetString() == "P14");
        Assert.Equal((2, 15_000m, 4_000m, 2_000m, 50.0m), (unit.GetProperty("projects").GetInt32(), unit.GetProperty("totalBudget").GetDecimal(),
            unit.GetProperty("planned").GetDecimal(), unit.GetProperty("disbursed").GetDecimal(), unit.GetProperty("disbursementRate").GetDecimal()));
        Assert.Equal(2, rollups[0].GetProperty("projects").GetInt32());
        Assert.Equal([0xEF, 0xBB, 0xBF], (await csv.Content.ReadAsByteArrayAsync())[..3]);
        Assert.Contains("Xây dựng Kho dữ liệu số dùng chung của Thành phố", text, StringComparison.Ordinal);
        Assert.Contains("Mã dự án,Tên dự án", text, StringComparison.Ordinal);
    }
}
