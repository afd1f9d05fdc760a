using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Reporting;

/// <summary>Rounds define what is expected: a unit is overdue when its round's due date passed and it has not submitted.</summary>
public sealed class OverdueFromRoundsTests
{
    [Fact]
    public async Task Every_unit_of_a_past_due_round_is_overdue_until_it_submits_and_nothing_else_is()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string> { ["Monitoring:ClearAfterEvaluations"] = "1" });
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var hanoi = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));
        await Rounds.OpenAsync(analyst, "R-LATE", new[] { "PRV.MOBILE_SUBSCRIBERS" }, dueOn: "2025-10-15");
        // Any stored value makes the worker evaluate now rather than at its next tick.
        (await analyst.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P22/2019Q4", new { value = 3 })).EnsureSuccessStatusCode();

        var overdue = await Eventually.MatchAsync(() => analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?unit=VN&rule=ReportOverdue&pageSize=500"),
            inbox => inbox.GetProperty("total").GetInt32() > 0, "the round's overdue alerts");
        (await hanoi.PutAsJsonAsync("/api/v1/rounds/R-LATE/reports/P01/entries", new { entries = new[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 2150m } } })).EnsureSuccessStatusCode();
        (await hanoi.PostAsync("/api/v1/rounds/R-LATE/reports/P01/submit", null)).EnsureSuccessStatusCode();
        var resolved = await Eventually.MatchAsync(() => analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?unit=P01&rule=ReportOverdue&state=Resolved"),
            inbox => inbox.GetProperty("total").GetInt32() == 1, "Hà Nội's overdue alert resolved by its submission");
        var stillOpen = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?unit=VN&rule=ReportOverdue&pageSize=500");

        Assert.Equal(34, overdue.GetProperty("total").GetInt32());
        Assert.All(overdue.GetProperty("items").EnumerateArray(), a => Assert.Contains("R-LATE", a.GetProperty("summaryVi").GetString(), StringComparison.Ordinal));
        Assert.Equal(33, stillOpen.GetProperty("total").GetInt32());
        Assert.Equal("P01", resolved.GetProperty("items")[0].GetProperty("unit").GetString());
    }
}
