using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Indicators;

public sealed class ComputedIndicatorApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Fact]
    public async Task A_computed_indicator_is_calculated_from_the_national_figures()
    {
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client();

        var perTeam = await client.GetFromJsonAsync<JsonElement>("/api/v1/rollups/PRV.CDT_MEMBERS_PER_TEAM/2024Q3");

        // 457,820 members / 93,524 teams (July 2024 report)
        Assert.Equal(457820.0 / 93524, perTeam.GetProperty("total").GetProperty("value").GetDouble(), 6);
    }

    [Fact]
    public async Task A_computed_indicator_cannot_be_reported()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var response = await client.PutAsJsonAsync("/api/v1/values/PRV.DOSSIERS_ONLINE_SHARE/P01/2024Q1", new { value = 80 });

        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.UnprocessableEntity, "indicator", "is computed by the formula");
    }

    [Theory]
    [InlineData("100 * PRV.DOSSIERS_ONLINE / PRV.DOSSIERS_TOTAL", null)]
    [InlineData("100 * PRV.DOSSIERS_ONLINE / PRV.DOSSIER_TOTAL", "Không có chỉ tiêu mã 'PRV.DOSSIER_TOTAL'")]
    [InlineData("100 * (PRV.DOSSIERS_ONLINE", "Thiếu dấu ')'")]
    [InlineData("sqrt(PRV.DOSSIERS_ONLINE)", "Không có hàm 'sqrt'")]
    public async Task The_formula_check_names_what_is_wrong(string formula, string? error)
    {
        var response = await (await apps.GetAsync(DatabaseProvider.Sqlite)).Client().PostAsJsonAsync("/api/v1/indicators/formula-check", new { formula });

        if (error is null)
        {
            var ok = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(["PRV.DOSSIERS_ONLINE", "PRV.DOSSIERS_TOTAL"], ok.GetProperty("references").EnumerateArray().Select(r => r.GetString()));
        }
        else
        {
            await Problems.AssertFieldErrorAsync(response, HttpStatusCode.BadRequest, "formula", error);
        }
    }
}
