using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Indicators;

public sealed class ManageIndicatorsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static object Reported(string code, string periodType = "Quarter", string aggregation = "Sum", string? formula = null) => new
    {
        code,
        nameVi = $"Số thuê bao thử nghiệm {code}",
        nameEn = $"Trial subscribers {code}",
        definitionVi = "Định nghĩa có dấu: số lượng đăng ký.",
        definitionEn = "Definition: number of subscriptions.",
        unitOfMeasureVi = "thuê bao",
        unitOfMeasureEn = "subscriptions",
        valueType = "Number",
        reportingLevels = new[] { "Province" },
        periodType,
        aggregation,
        timeAggregation = "Last",
        direction = "HigherIsBetter",
        minimum = 0,
        formula,
    };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_analyst_creates_a_reported_and_a_computed_indicator_and_the_running_engine_computes_it_without_a_restart(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.danh.muc"));
        var input = $"PRV.T{Tag(provider)}_IN";
        var computed = $"PRV.T{Tag(provider)}_DOUBLE";

        var created = await analyst.PostAsJsonAsync("/api/v1/indicators", Reported(input));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var second = await analyst.PostAsJsonAsync("/api/v1/indicators", Reported(computed, formula: $"2 * {input}"));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var shown = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{computed}");
        Assert.Equal("Formula", shown.GetProperty("owner").GetString());
        Assert.Equal("Số thuê bao thử nghiệm " + computed, shown.GetProperty("nameVi").GetString());

        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync($"/api/v1/values/{input}/P01/2025Q1", new { value = 21 }));

        await Eventually.MatchAsync(async () => await (await analyst.GetAsync($"/api/v1/rollups/{computed}/2025Q1?asOf=2025-03-31")).Content.ReadAsStringAsync(),
            body => body.Contains("\"unit\":\"P01\"", StringComparison.Ordinal) && body.Contains("\"value\":42", StringComparison.Ordinal),
            "the new computed indicator in the running engine");
        var audit = await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == $"indicator/{computed}").ToListAsync());
        Assert.Equal("Created", Assert.Single(audit).Action);
        Assert.Equal("cuc.cds.danh.muc", audit[0].ChangedBy);
        Assert.Contains($"2 * {input}", audit[0].NewValues, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_definitions_are_refused_field_by_field_and_nothing_is_stored(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst), language: "vi");
        var code = $"PRV.T{Tag(provider)}_BAD";
        var body = JsonSerializer.SerializeToNode(Reported(code, aggregation: "WeightedAverage", formula: "PRV.NOPE + 1"))!.AsObject();
        body["nameEn"] = "";
        body["owner"] = "Reported";
        body["periodType"] = "Week";

        var response = await analyst.PostAsJsonAsync("/api/v1/indicators", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Bắt buộc nhập.", errors.GetProperty("nameEn")[0].GetString());
        Assert.Contains("Formula", errors.GetProperty("owner")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("trọng số", errors.GetProperty("weightIndicator")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("periodType", out _));
        Assert.True(errors.TryGetProperty("formula", out _));
        await Problems.AssertProblemAsync(await analyst.GetAsync($"/api/v1/indicators/{code}"), HttpStatusCode.NotFound);
        Assert.False(await app.QueryAsync(db => db.RecordChanges.AnyAsync(c => c.Subject == $"indicator/{code}")));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_formula_that_would_close_a_cycle_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var (a, b) = ($"PRV.T{Tag(provider)}_CYA", $"PRV.T{Tag(provider)}_CYB");
        Assert.Equal(HttpStatusCode.Created, (await analyst.PostAsJsonAsync("/api/v1/indicators", Reported(a))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await analyst.PostAsJsonAsync("/api/v1/indicators", Reported(b, formula: $"{a} + 1"))).StatusCode);

        await Problems.AssertFieldErrorAsync(await analyst.PutAsJsonAsync($"/api/v1/indicators/{a}", Reported(a, formula: $"{b} * 2")),
            HttpStatusCode.UnprocessableEntity, "formula", "cycle");
        await Problems.AssertFieldErrorAsync(await analyst.PutAsJsonAsync($"/api/v1/indicators/{b}", Reported(b, formula: $"{b} + 1")),
            HttpStatusCode.UnprocessableEntity, "formula", "cycle");

        var stored = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{a}");
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("formula").ValueKind);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_indicator_in_use_is_retired_not_deleted_and_not_while_a_formula_in_force_uses_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var (input, computed, unused) = ($"PRV.T{Tag(provider)}_RIN", $"PRV.T{Tag(provider)}_RCOMP", $"PRV.T{Tag(provider)}_UNUSED");
        foreach (var body in new[] { Reported(input), Reported(computed, formula: $"{input} / 2"), Reported(unused) })
        {
            Assert.Equal(HttpStatusCode.Created, (await analyst.PostAsJsonAsync("/api/v1/indicators", body)).StatusCode);
        }
        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync($"/api/v1/values/{input}/P01/2025Q2", new { value = 8 }));

        await Problems.AssertFieldErrorAsync(await analyst.PostAsync($"/api/v1/indicators/{input}/retire", null),
            HttpStatusCode.UnprocessableEntity, "code", computed);
        await Problems.AssertProblemAsync(await analyst.DeleteAsync($"/api/v1/indicators/{input}"), HttpStatusCode.Conflict);

        var retiredComputed = await Problems.AssertOkAsync(await analyst.PostAsync($"/api/v1/indicators/{computed}/retire", null));
        var retiredInput = await Problems.AssertOkAsync(await analyst.PostAsync($"/api/v1/indicators/{input}/retire", null));
        Assert.Equal(JsonValueKind.String, retiredComputed.GetProperty("retiredOn").ValueKind);
        Assert.Equal(JsonValueKind.String, retiredInput.GetProperty("retiredOn").ValueKind);
        await Problems.AssertFieldErrorAsync(await analyst.PutAsJsonAsync($"/api/v1/values/{input}/P01/2025Q3", new { value = 9 }),
            HttpStatusCode.UnprocessableEntity, "indicator", "retired");

        Assert.Equal(HttpStatusCode.NoContent, (await analyst.DeleteAsync($"/api/v1/indicators/{unused}")).StatusCode);
        await Problems.AssertProblemAsync(await analyst.GetAsync($"/api/v1/indicators/{unused}"), HttpStatusCode.NotFound);
        Assert.Equal(["Created", "Deleted"], await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == $"indicator/{unused}").OrderBy(c => c.Id).Select(c => c.Action).ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Changing_how_a_published_figure_rolls_up_is_refused_but_its_names_may_change(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator));
        var current = await admin.GetFromJsonAsync<JsonObject>("/api/v1/indicators/PRV.DX_RESOLUTION");
        var body = AsRequest(current!);

        body["aggregation"] = "Sum";
        body["condition"] = null;
        await Problems.AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/v1/indicators/PRV.DX_RESOLUTION", body),
            HttpStatusCode.UnprocessableEntity, "aggregation", "published");

        body = AsRequest(current!);
        body["valueType"] = "Number";
        await Problems.AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/v1/indicators/PRV.DX_RESOLUTION", body),
            HttpStatusCode.UnprocessableEntity, "valueType", "published");

        body = AsRequest(current!);
        body["nameEn"] = "Provinces with a DX resolution (renamed)";
        var renamed = await Problems.AssertOkAsync(await admin.PutAsJsonAsync("/api/v1/indicators/PRV.DX_RESOLUTION", body));
        Assert.Equal("Provinces with a DX resolution (renamed)", renamed.GetProperty("nameEn").GetString());
        Assert.Equal("CountMeeting", renamed.GetProperty("aggregation").GetString());
        var change = await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == "indicator/PRV.DX_RESOLUTION" && c.Action == "Updated").OrderBy(c => c.Id).LastAsync());
        Assert.Contains("renamed", change.NewValues, StringComparison.Ordinal);
        Assert.Contains(current!["nameEn"]!.GetValue<string>(), change.OldValues, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_national_analysts_and_administrators_manage_the_catalogue(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = $"PRV.T{Tag(provider)}_FORBID";
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));
        var leader = app.Client(await app.TokenForAsync(Role.Leader));

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/v1/indicators", Reported(code))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync("/api/v1/indicators", Reported(code))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync("/api/v1/indicators/PRV.DX_RESOLUTION/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostAsJsonAsync("/api/v1/targets", new { })).StatusCode);
        await Problems.AssertProblemAsync(await officer.GetAsync($"/api/v1/indicators/{code}"), HttpStatusCode.NotFound);
    }

    private static string Tag(DatabaseProvider provider) => provider.ToString().ToUpperInvariant();

    /// <summary>An indicator as the API shows it, turned into the body that edits it.</summary>
    private static JsonObject AsRequest(JsonObject shown)
    {
        var body = JsonNode.Parse(shown.ToJsonString())!.AsObject();
        if (body["countCondition"]?.GetValue<string>() is { } condition)
        {
            var parts = condition.Split(' ');
            body["condition"] = new JsonObject { ["operator"] = parts[0], ["value"] = decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) };
        }
        foreach (var shownOnly in new[] { "countCondition", "autoPublish", "retiredOn" })
        {
            body.Remove(shownOnly);
        }
        return body;
    }
}
