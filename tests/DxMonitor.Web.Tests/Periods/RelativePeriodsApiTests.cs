using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Periods;

public sealed class RelativePeriodsApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static Period LastQuarter => Period.Containing(VietnamCalendar.Today(TimeProvider.System), PeriodType.Quarter).Previous();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Relative_periods_resolve_against_today_in_the_periods_rollups_and_values_apis(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var last = LastQuarter;

        var resolved = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/periods/LAST_QUARTER");
        var sameLastYear = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/periods/SAME_PERIOD_LAST_YEAR");
        var four = await analyst.GetFromJsonAsync<JsonElement[]>("/api/v1/periods?from=LAST_4_QUARTERS&to=LAST_4_QUARTERS");
        Assert.Equal(last.Code, resolved.GetProperty("code").GetString());
        Assert.Equal(Period.Create(PeriodType.Quarter, last.Year - 1, last.Index).Code, sameLastYear.GetProperty("code").GetString());
        Assert.Equal(4, four!.Length);
        Assert.Equal(last.Code, four[^1].GetProperty("code").GetString());

        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync($"/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/{last.Code}", new { value = 123457 }));
        var listed = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/values?indicator=PRV.MOBILE_SUBSCRIBERS&unit=P01&from=LAST_4_QUARTERS&to=LAST_QUARTER");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), v => v.GetProperty("period").GetString() == last.Code);
        var rollup = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/rollups/PRV.MOBILE_SUBSCRIBERS/LAST_QUARTER"));
        Assert.Equal(last.Code, rollup.GetProperty("period").GetString());
    }

    [Fact]
    public async Task A_span_where_one_period_is_asked_for_is_refused_naming_the_field()
    {
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client(language: "vi");

        await Problems.AssertFieldErrorAsync(await client.GetAsync("/api/v1/rollups/PRV.MOBILE_SUBSCRIBERS/LAST_4_QUARTERS"),
            HttpStatusCode.UnprocessableEntity, "period", "nhiều kỳ");
        await Problems.AssertFieldErrorAsync(await client.GetAsync("/api/v1/periods/NEXT_CENTURY"),
            HttpStatusCode.UnprocessableEntity, "code", "NEXT_CENTURY");
    }
}
