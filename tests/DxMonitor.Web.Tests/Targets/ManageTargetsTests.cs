using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Targets;

public sealed class ManageTargetsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static object Body(decimal value, string deadline = "2030-12-31", string scope = "Province", string indicator = "PRV.ONLINE_DOSSIER_RATE") => new
    {
        indicator,
        scope,
        value,
        deadline,
        legalSourceVi = "Quyết định 749/QĐ-TTg ngày 03/6/2020",
        legalSourceEn = "Decision 749/QD-TTg of 3 June 2020",
    };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_analyst_sets_edits_and_retires_a_target_and_every_change_is_audited(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.muc.tieu"));

        var created = await analyst.PostAsJsonAsync("/api/v1/targets", Body(97));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var edited = await Problems.AssertOkAsync(await analyst.PutAsJsonAsync($"/api/v1/targets/{id}", Body(98)));
        var retired = await Problems.AssertOkAsync(await analyst.PostAsync($"/api/v1/targets/{id}/retire", null));

        Assert.Equal(98m, edited.GetProperty("value").GetDecimal());
        Assert.Equal("Quyết định 749/QĐ-TTg ngày 03/6/2020", edited.GetProperty("legalSourceVi").GetString());
        Assert.Equal(JsonValueKind.String, retired.GetProperty("retiredOn").ValueKind);
        var audit = await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == $"target/{id}").OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(["Created", "Updated", "Updated"], audit.Select(c => c.Action).ToArray());
        Assert.All(audit, c => Assert.Equal("cuc.cds.muc.tieu", c.ChangedBy));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_targets_are_refused_field_by_field_and_a_past_target_is_not_deleted(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var before = await app.QueryAsync(db => db.Targets.CountAsync());

        await Problems.AssertFieldErrorAsync(await analyst.PostAsJsonAsync("/api/v1/targets", Body(120)), HttpStatusCode.UnprocessableEntity, "value", "range");
        await Problems.AssertFieldErrorAsync(await analyst.PostAsJsonAsync("/api/v1/targets", Body(90, deadline: "31/12/2030")), HttpStatusCode.UnprocessableEntity, "deadline", "31/12/2030");
        await Problems.AssertFieldErrorAsync(await analyst.PostAsJsonAsync("/api/v1/targets", Body(90, scope: "Galaxy")), HttpStatusCode.UnprocessableEntity, "scope", "Galaxy");
        await Problems.AssertFieldErrorAsync(await analyst.PostAsJsonAsync("/api/v1/targets", Body(90, indicator: "PRV.NOPE")), HttpStatusCode.UnprocessableEntity, "indicator", "PRV.NOPE");
        Assert.Equal(before, await app.QueryAsync(db => db.Targets.CountAsync()));

        var past = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/targets?indicator=PRV.ONLINE_DOSSIER_RATE");
        var pastId = past.GetProperty("items").EnumerateArray().First(t => t.GetProperty("deadline").GetString() == "2025-12-31").GetProperty("id").GetInt32();
        await Problems.AssertProblemAsync(await analyst.DeleteAsync($"/api/v1/targets/{pastId}"), HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(await analyst.PutAsJsonAsync($"/api/v1/targets/{pastId}", Body(96, deadline: "2025-12-31", scope: "Ministry")),
            HttpStatusCode.UnprocessableEntity, "scope", "scope");
    }
}
