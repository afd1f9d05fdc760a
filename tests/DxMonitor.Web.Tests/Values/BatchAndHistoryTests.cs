using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Values;

public sealed class BatchAndHistoryTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static object Value(string indicator, string unit, string period, decimal value) => new { indicator, unit, period, value };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_batch_with_one_bad_row_writes_nothing_and_names_the_row(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var response = await client.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                Value("PRV.MOBILE_SUBSCRIBERS", "P01", "2023Q4", 1500),
                Value("PRV.FIBRE_HOUSEHOLDS_RATE", "P01", "2023Q4", 140),
                Value("PRV.MOBILE_SUBSCRIBERS", "P22", "2023Q4", 2100),
                Value("PRV.MOBILE_SUBSCRIBERS", "P01", "2023Q4", 1501),
            },
        });

        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.UnprocessableEntity, "values[1].value", "above the maximum 100");
        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.UnprocessableEntity, "values[3].period", "already given in values[0]");
        Assert.Equal(0, await app.QueryAsync(db => db.DataValues.CountAsync(v => v.PeriodCode == "2023Q4")));
        Assert.Equal(0, await app.QueryAsync(db => db.DataValueChanges.CountAsync(c => c.PeriodCode == "2023Q4")));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_valid_batch_creates_and_updates_in_one_go(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await client.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2023Q3", new { value = 1400 });

        var response = await client.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[] { Value("PRV.MOBILE_SUBSCRIBERS", "P01", "2023Q3", 1450), Value("PRV.MOBILE_SUBSCRIBERS", "P22", "2023Q3", 2100), Value("PRV.HOUSEHOLDS", "P22", "2023Q3", 9000) },
        });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Equal((2, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/values?unit=P22&from=2023Q3&to=2023Q3");
        Assert.Equal(2, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Empty_and_oversized_batches_are_refused()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var tooMany = Enumerable.Range(0, 201).Select(i => Value("PRV.MOBILE_SUBSCRIBERS", "P01", "2020Q1", i)).ToArray();

        await Problems.AssertFieldErrorAsync(await client.PostAsJsonAsync("/api/v1/values/batch", new { values = Array.Empty<object>() }),
            HttpStatusCode.BadRequest, "values", "1 to 200 values, not 0");
        await Problems.AssertFieldErrorAsync(await client.PostAsJsonAsync("/api/v1/values/batch", new { values = tooMany }),
            HttpStatusCode.BadRequest, "values", "not 201");
        await Problems.AssertFieldErrorAsync(await client.PostAsync("/api/v1/values/batch", JsonContent.Create(new { values = new[] { new { unit = "P01" } } })),
            HttpStatusCode.BadRequest, "values[0]", "missing required properties");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_merged_provinces_history_sums_its_predecessors_and_recomputes_rates(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await client.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                Value("PRV.MOBILE_SUBSCRIBERS", "P02-2025", "2024Q4", 2000), Value("PRV.MOBILE_SUBSCRIBERS", "P08-2025", "2024Q4", 1800),
                Value("PRV.HOUSEHOLDS", "P02-2025", "2024Q4", 100_000), Value("PRV.HOUSEHOLDS", "P08-2025", "2024Q4", 300_000),
                Value("PRV.FIBRE_HOUSEHOLDS_RATE", "P02-2025", "2024Q4", 90), Value("PRV.FIBRE_HOUSEHOLDS_RATE", "P08-2025", "2024Q4", 50),
            },
        });

        var teams = await client.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P08/2024Q4");
        var fibre = await client.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.FIBRE_HOUSEHOLDS_RATE/P08/2024Q4");
        var oldHaGiang = await client.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P02-2025/2024Q4");

        Assert.Equal("Predecessors", teams.GetProperty("origin").GetString());
        Assert.Equal(3800m, teams.GetProperty("value").GetDecimal());
        Assert.Equal(2, teams.GetProperty("contributors").GetArrayLength());
        Assert.Equal(60m, fibre.GetProperty("value").GetDecimal());
        Assert.Equal(2000m, oldHaGiang.GetProperty("value").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_merged_province_with_a_predecessor_missing_says_so_instead_of_guessing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await client.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P26-2025/2024Q3", new { value = 700 });

        var merged = await client.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P25/2024Q3");

        Assert.Equal(JsonValueKind.Null, merged.GetProperty("value").ValueKind);
        Assert.Contains("predecessors have no value", merged.GetProperty("noValueReason").GetString(), StringComparison.Ordinal);
    }
}
