using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Values;

[RunsLong]
public sealed class RecordValueTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Fibre = "PRV.FIBRE_HOUSEHOLDS_RATE";

    private static Task<int> ValuesInAsync(TestApp app, string period) =>
        app.QueryAsync(db => db.DataValues.CountAsync(v => v.PeriodCode == period));

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officers_value_goes_into_the_rounds_draft_and_is_stored_only_when_accepted_with_the_audit_naming_both(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cuc"));
        var client = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.khcn.hanoi"));
        await Rounds.OpenAsync(analyst, "R-FIBRE", [Fibre], period: "2024Q1");
        const string report = "/api/v1/rounds/R-FIBRE/reports/P01";

        var created = await Problems.AssertOkAsync(await client.PutAsJsonAsync($"/api/v1/values/{Fibre}/P01/2024Q1", new { value = 91.5, comment = "Theo số liệu của VNPT Hà Nội" }));
        var updated = await Problems.AssertOkAsync(await client.PutAsJsonAsync($"/api/v1/values/{Fibre}/P01/2024Q1", new { value = 92.25, comment = "Theo số liệu của VNPT Hà Nội" }));
        var storedWhileDraft = await client.GetFromJsonAsync<JsonElement>($"/api/v1/values/{Fibre}/P01/2024Q1");
        var draft = await Problems.AssertOkAsync(await client.GetAsync(report));
        await Problems.AssertOkAsync(await client.PostAsync($"{report}/submit", null));
        await Problems.AssertOkAsync(await analyst.PostAsync($"{report}/accept", null));
        var value = await client.GetFromJsonAsync<JsonElement>($"/api/v1/values/{Fibre}/P01/2024Q1");
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/values/{Fibre}/P01/2024Q1/history");

        Assert.Equal(1, created.GetProperty("created").GetInt32());
        Assert.Equal(1, updated.GetProperty("updated").GetInt32());
        var drafted = Assert.Single(created.GetProperty("drafts").EnumerateArray());
        Assert.Equal(("R-FIBRE", "P01", "Draft"), (drafted.GetProperty("round").GetString(), drafted.GetProperty("unit").GetString(), drafted.GetProperty("state").GetString()));
        Assert.Equal(JsonValueKind.Null, storedWhileDraft.GetProperty("value").ValueKind);
        Assert.Equal(92.25m, draft.GetProperty("lines")[0].GetProperty("value").GetDecimal());
        Assert.Equal(92.25m, value.GetProperty("value").GetDecimal());
        var change = Assert.Single(history.EnumerateArray());
        Assert.Equal("Created", change.GetProperty("kind").GetString());
        Assert.Equal("chuyen.vien.cuc", change.GetProperty("changedBy").GetString());
        Assert.Equal("Theo số liệu của VNPT Hà Nội", change.GetProperty("comment").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_national_analyst_writes_directly_and_the_audit_names_them_and_the_path(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cuc"));

        var created = await analyst.PutAsJsonAsync($"/api/v1/values/{Fibre}/P01/2023Q2", new { value = 91.5, comment = "Theo số liệu của VNPT Hà Nội" });
        var updated = await analyst.PutAsJsonAsync($"/api/v1/values/{Fibre}/P01/2023Q2", new { value = 92.25 });
        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/values/{Fibre}/P01/2023Q2/history");
        var value = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/values/{Fibre}/P01/2023Q2");

        Assert.Equal(1, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        Assert.Equal(1, (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updated").GetInt32());
        Assert.Equal(92.25m, value.GetProperty("value").GetDecimal());
        Assert.Equal("chuyen.vien.cuc", value.GetProperty("reported").GetProperty("submittedBy").GetString());
        var changes = history.EnumerateArray().ToList();
        Assert.Equal(["Created", "Updated"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(91.5m, changes[1].GetProperty("oldValue").GetDecimal());
        Assert.All(changes, c => Assert.Equal("chuyen.vien.cuc", c.GetProperty("changedBy").GetString()));
        Assert.Equal("Theo số liệu của VNPT Hà Nội", changes[0].GetProperty("comment").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_cannot_write_another_provinces_data(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));

        var single = await client.PutAsJsonAsync($"/api/v1/values/{Fibre}/P22/2023Q1", new { value = 80 });
        var batch = await client.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new object[]
            {
                new { indicator = Fibre, unit = "P01", period = "2023Q1", value = 80 },
                new { indicator = Fibre, unit = "P22", period = "2023Q1", value = 81 },
            },
        });

        var problem = await Problems.AssertProblemAsync(single, HttpStatusCode.Forbidden);
        Assert.Contains("P22", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("values[1].unit", (await Problems.AssertProblemAsync(batch, HttpStatusCode.Forbidden)).GetProperty("field").GetString());
        Assert.Equal(0, await ValuesInAsync(app, "2023Q1"));
    }

    [Theory]
    [InlineData(null, "no token")]
    [InlineData("dxm_forged0000000000000000000000000000000000", "forged")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.forged", "not ours")]
    public async Task Writing_without_a_valid_token_is_unauthorised(string? token, string why)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var response = await app.Client(token).PutAsJsonAsync($"/api/v1/values/{Fibre}/P01/2022Q2", new { value = 80 });

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        Assert.Equal(0, await ValuesInAsync(app, "2022Q2"));
    }

    [Fact]
    public async Task Expired_revoked_and_read_only_tokens_cannot_write()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var expired = await app.TokenForAsync(Role.NationalAdministrator, lifetime: TimeSpan.FromSeconds(-1));
        var revoked = await app.TokenForAsync(Role.NationalAdministrator, revoked: true);
        var leader = await app.TokenForAsync(Role.Leader, "P01");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client(expired).PutAsJsonAsync($"/api/v1/values/{Fibre}/P01/2022Q3", new { value = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client(revoked).PutAsJsonAsync($"/api/v1/values/{Fibre}/P01/2022Q3", new { value = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(leader).PutAsJsonAsync($"/api/v1/values/{Fibre}/P01/2022Q3", new { value = 1 })).StatusCode);
        Assert.Equal(0, await ValuesInAsync(app, "2022Q3"));
    }

    public static TheoryData<string, string, int, string, string> BadSingleWrites => new()
    {
        { $"/api/v1/values/{Fibre}/P01/2021M01", """{"value": 50}""", 422, "period", "per quarter, not per month" },
        { $"/api/v1/values/{Fibre}/P01/2021Q5", """{"value": 50}""", 422, "period", "between 1 and 4" },
        { $"/api/v1/values/{Fibre}/P01/2021Q1", """{"value": 100.5}""", 422, "value", "above the maximum 100" },
        { $"/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2021Q1", """{"value": -3}""", 422, "value", "below the minimum 0" },
        { $"/api/v1/values/PRV.DX_RESOLUTION/P01/2021Q1", """{"value": 2}""", 422, "value", "report 1 (yes) or 0 (no)" },
        { $"/api/v1/values/NOPE/P01/2021Q1", """{"value": 1}""", 422, "indicator", "No indicator has the code 'NOPE'" },
        { $"/api/v1/values/{Fibre}/P99/2021Q1", """{"value": 1}""", 422, "unit", "No unit has the code 'P99'" },
        { $"/api/v1/values/{Fibre}/M-MPS/2021Q1", """{"value": 1}""", 422, "unit", "not by a Ministry unit" },
        { $"/api/v1/values/{Fibre}/P02-2025/2025Q3", """{"value": 1}""", 422, "period", "ceased to exist on 2025-07-01" },
        { $"/api/v1/values/{Fibre}/P01/2021Q1", """{"value": 1, "denominator": 63}""", 422, "denominator", "takes no denominator" },
        { $"/api/v1/values/{Fibre}/P01/2021Q1", """{"value": 1, "source": "NOPE"}""", 422, "source", "No source document has the code 'NOPE'" },
        { $"/api/v1/values/{Fibre}/P01/2021Q1", """{"value": "nhiều"}""", 400, "value", "could not be converted" },
        { $"/api/v1/values/{Fibre}/P01/2021Q1", """{"value": 1, "valeu": 2}""", 400, "valeu", "could not be mapped" },
        { $"/api/v1/values/{Fibre}/P01/2021Q1", """{"value": 1, "comment": 5}""", 400, "comment", "could not be converted" },
        { $"/api/v1/values/{Fibre}/P01/2021Q1", """{"value": 1, "comment": "COMMENT"}""".Replace("COMMENT", new string('x', 2001), StringComparison.Ordinal), 400, "comment", "2000" },
        { $"/api/v1/values/{Fibre}/P01/2021Q1", """{"value": 1e40}""", 400, "value", "could not be converted" },
    };

    [Theory, MemberData(nameof(BadSingleWrites))]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_written(string url, string json, int status, string field, string fragment)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var before = await app.QueryAsync(db => db.DataValues.CountAsync());

        var response = await client.PutAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

        await Problems.AssertFieldErrorAsync(response, (HttpStatusCode)status, field, fragment);
        Assert.Equal(before, await app.QueryAsync(db => db.DataValues.CountAsync()));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var huge = "{\"value\": 1, \"comment\": \"" + new string('a', 200_000) + "\"}";

        var response = await client.PutAsync($"/api/v1/values/{Fibre}/P01/2021Q2", new StringContent(huge, Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await ValuesInAsync(app, "2021Q2"));
    }
}
