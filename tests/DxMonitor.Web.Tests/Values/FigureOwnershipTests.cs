using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.ImportExport.ImportFiles;

namespace DxMonitor.Web.Tests.Values;

/// <summary>
/// One owner and one way in per figure: a derived figure is refused to every writing path but its own, and a figure
/// of an accepted report is locked to every path (the values API, a batch, an import, a unit's own draft) until the
/// report is reopened.
/// </summary>
public sealed class FigureOwnershipTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_derived_figure_is_refused_to_the_api_a_batch_an_import_and_a_round_naming_its_owner(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var put = await analyst.PutAsJsonAsync("/api/v1/values/PRV.DOSSIERS_TOTAL/P01/2025Q2", new { value = 5 });
        var batch = await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new object[]
            {
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit = "P01", period = "2021Q1", value = 50 },
                new { indicator = "PRV.DEAD_ZONES", unit = "P01", period = "2021Q1", value = 3 },
            },
        });
        var import = await UploadAsync(analyst, "values.csv", Csv(Header, "PRV.FIBRE_HOUSEHOLDS_RATE,P01,2021Q1,50,", "PRV.PORTAL_SCORE,P01,2021Q1,90,"));
        var round = await analyst.PostAsJsonAsync("/api/v1/rounds", new
        {
            code = "R-DERIVED",
            titleVi = "Hồ sơ",
            period = "2021Q1",
            level = "Province",
            dueOn = "2099-01-01",
            indicators = new[] { "PRV.ONLINE_DOSSIER_RATE" },
        });

        await Problems.AssertFieldErrorAsync(put, HttpStatusCode.Conflict, "indicator", "computed from administrative-procedure dossiers");
        await Problems.AssertFieldErrorAsync(batch, HttpStatusCode.Conflict, "values[1].indicator", "counted from a registry");
        await Problems.AssertFieldErrorAsync(import, HttpStatusCode.Conflict, "row 3, column A (indicator)", "measured by the portal evaluator");
        await Problems.AssertFieldErrorAsync(round, HttpStatusCode.UnprocessableEntity, "indicators[0]", "computed from administrative-procedure dossiers");
        Assert.Equal(0, await app.QueryAsync(db => db.DataValues.CountAsync(v => v.PeriodCode == "2021Q1" || (v.PeriodCode == "2025Q2" && v.Via == "direct"))));
        Assert.False(await app.QueryAsync(db => db.Rounds.AnyAsync(r => r.Code == "R-DERIVED")));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_accepted_figure_is_locked_to_every_writing_path_until_its_report_is_reopened(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "tham.dinh"));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.hanoi"));
        await Rounds.OpenAsync(analyst, "R-LOCK", ["PRV.MOBILE_SUBSCRIBERS"], period: "2022Q1");
        const string report = "/api/v1/rounds/R-LOCK/reports/P01";
        const string value = "/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2022Q1";
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"{report}/entries", new { entries = new[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 1500m } } }));
        await Problems.AssertOkAsync(await officer.PostAsync($"{report}/submit", null));

        var nationalWhileSubmitted = await analyst.PutAsJsonAsync(value, new { value = 7 });
        await Problems.AssertOkAsync(await analyst.PostAsync($"{report}/accept", null));
        var put = await analyst.PutAsJsonAsync(value, new { value = 5 });
        var batch = await analyst.PostAsJsonAsync("/api/v1/values/batch", new { values = new[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", unit = "P01", period = "2022Q1", value = 6m } } });
        var import = await UploadAsync(analyst, "values.csv", Csv(Header, "PRV.MOBILE_SUBSCRIBERS,P01,2022Q1,8,"));
        var own = await officer.PutAsJsonAsync(value, new { value = 9 });
        var stored = await Problems.AssertOkAsync(await analyst.GetAsync(value));

        await Problems.AssertFieldErrorAsync(nationalWhileSubmitted, HttpStatusCode.Conflict, "value", "R-LOCK");
        await Problems.AssertFieldErrorAsync(put, HttpStatusCode.Conflict, "value", "reopen the report");
        await Problems.AssertFieldErrorAsync(batch, HttpStatusCode.Conflict, "values[0].value", "R-LOCK");
        await Problems.AssertFieldErrorAsync(import, HttpStatusCode.Conflict, "row 2, column D (value)", "R-LOCK");
        await Problems.AssertFieldErrorAsync(own, HttpStatusCode.Conflict, "value", "R-LOCK");
        Assert.Equal(1500m, stored.GetProperty("value").GetDecimal());

        await Problems.AssertOkAsync(await officer.PostAsJsonAsync($"{report}/reopen", new { text = "Bổ sung thuê bao trả trước" }));
        var drafted = await Problems.AssertOkAsync(await officer.PutAsJsonAsync(value, new { value = 1600, comment = "Bổ sung thuê bao trả trước" }));
        await Problems.AssertOkAsync(await officer.PostAsync($"{report}/submit", null));
        await Problems.AssertOkAsync(await analyst.PostAsync($"{report}/accept", null));
        var history = await Problems.AssertOkAsync(await analyst.GetAsync($"{value}/history"));

        Assert.Equal(1, drafted.GetProperty("updated").GetInt32());
        Assert.Equal([1500m, 1600m], history.EnumerateArray().Select(c => c.GetProperty("newValue").GetDecimal()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_recount_never_changes_a_published_registry_figure_it_waits_as_a_pending_correction(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));
        var visitor = app.Client();
        var quarter = Registries.RegistriesApiTests.Quarter;
        var value = $"/api/v1/values/PRV.DEAD_ZONES/P01/{quarter}";
        static object Zone(string name) => new { unit = "P01", name, fields = new { commune = "Xã Ea Sol", since = "2024-01-01" } };

        await Problems.AssertOkAsync(await officer.PostAsJsonAsync("/api/v1/registries/dead-zones", Zone("Buôn Ea Sar")));
        var unpublished = (await Problems.AssertOkAsync(await visitor.GetAsync(value))).GetProperty("value").ValueKind;
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/publish", new { unit = "P01", period = quarter, indicators = new[] { "PRV.DEAD_ZONES" } }));
        await Problems.AssertOkAsync(await officer.PostAsJsonAsync("/api/v1/registries/dead-zones", Zone("Buôn Ea Rốk")));
        var publicAfterRecount = (await Problems.AssertOkAsync(await visitor.GetAsync(value))).GetProperty("value").GetDecimal();
        var staffAfterRecount = (await Problems.AssertOkAsync(await analyst.GetAsync(value))).GetProperty("value").GetDecimal();
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/publish", new { unit = "P01", period = quarter, indicators = new[] { "PRV.DEAD_ZONES" } }));
        var publicAfterPublication = (await Problems.AssertOkAsync(await visitor.GetAsync(value))).GetProperty("value").GetDecimal();

        Assert.Equal(JsonValueKind.Null, unpublished);
        Assert.Equal((1m, 2m, 2m), (publicAfterRecount, staffAfterRecount, publicAfterPublication));
    }
}
