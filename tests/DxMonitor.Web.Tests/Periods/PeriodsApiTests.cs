using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Periods;

public sealed class PeriodsApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Fact]
    public async Task A_period_code_is_described_with_its_dates_and_enclosing_periods()
    {
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client();

        var period = await client.GetFromJsonAsync<JsonElement>("/api/v1/periods/2024M03");

        Assert.Equal("2024-03-31", period.GetProperty("end").GetString());
        Assert.Equal(["2024", "2024H1", "2024Q1"], period.GetProperty("within").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_range_lists_every_period_inclusive()
    {
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client();

        var periods = await client.GetFromJsonAsync<JsonElement>("/api/v1/periods?from=2024Q3&to=2025Q2");

        Assert.Equal(["2024Q3", "2024Q4", "2025Q1", "2025Q2"], periods.EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/periods/2024Q5", "code", "đánh số từ 1 đến 4")]
    [InlineData("/api/v1/periods/yesterday", "code", "không phải là mã kỳ báo cáo")]
    [InlineData("/api/v1/periods?from=2024Q1&to=2024M05", "to", "phải là các kỳ cùng loại")]
    [InlineData("/api/v1/periods?from=2025Q1&to=2024Q1", "to", "đứng trước kỳ from")]
    [InlineData("/api/v1/periods?from=1990M01&to=2100M12", "to", "nhiều hơn 1200 kỳ")]
    public async Task Nonsense_periods_are_refused_naming_the_field(string url, string field, string fragment)
    {
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client();
        await Problems.AssertFieldErrorAsync(await client.GetAsync(url), HttpStatusCode.UnprocessableEntity, field, fragment);
    }
}
