using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Api;

/// <summary>What programs expect of every API: ETags on open reads, links between pages, Location on what is created.</summary>
public sealed class ApiConventionTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_reads_carry_an_ETag_and_answer_304_while_it_still_matches(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var anyone = app.Client();
        const string url = "/api/v1/units?level=Province&pageSize=5";

        var first = await anyone.GetAsync(url);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var unchanged = await anyone.SendAsync(again);
        var otherPage = await anyone.GetAsync(url + "&page=2");
        var staffOnly = await app.Client(await app.TokenForAsync(Role.NationalAnalyst)).GetAsync("/api/v1/alerts");

        await Problems.AssertOkAsync(first);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(first.Headers.ETag, otherPage.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, staffOnly.StatusCode);
        Assert.Null(staffOnly.Headers.ETag);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pages_say_the_total_and_link_to_the_next_and_previous_pages(DatabaseProvider provider)
    {
        var anyone = (await apps.GetAsync(provider)).Client();

        var first = await anyone.GetAsync("/api/v1/units?level=Province&asOf=2025-07-01&pageSize=20");
        var next = Links(first)["next"];
        var last = await anyone.GetAsync(next);

        Assert.Equal(34, (await Problems.AssertOkAsync(first)).GetProperty("total").GetInt32());
        Assert.False(Links(first).ContainsKey("prev"));
        Assert.Equal("/api/v1/units?level=Province&asOf=2025-07-01&pageSize=20&page=2", next);
        Assert.Equal(14, (await Problems.AssertOkAsync(last)).GetProperty("items").GetArrayLength());
        Assert.Equal(new[] { "prev" }, Links(last).Keys);
    }

    [Fact]
    public async Task A_created_resource_answers_201_with_its_Location()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var created = await analyst.PostAsJsonAsync("/api/v1/rounds", new
        {
            code = "R-WHERE",
            titleVi = "Báo cáo quý IV/2025",
            period = "2025Q4",
            level = "Province",
            dueOn = "2099-01-15",
            indicators = new[] { "PRV.HOUSEHOLDS" },
        });
        var there = await analyst.GetFromJsonAsync<JsonElement>(created.Headers.Location!);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/rounds/R-WHERE", created.Headers.Location!.OriginalString);
        Assert.Equal("R-WHERE", there.GetProperty("code").GetString());
    }

    /// <summary>The Link header's targets by relation.</summary>
    private static Dictionary<string, string> Links(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var values)
            ? values.SelectMany(v => v.Split(", ")).Select(l => l.Split("; rel=")).ToDictionary(p => p[1].Trim('"'), p => p[0].Trim('<', '>'))
            : [];

    [Theory]
    [InlineData("/api/v1/units?asOf=2025-13-45", "DateOnly?", "asOf", "2025-13-45")]
    [InlineData("/api/v1/units?level=Province&page=hai", "int?", "page", "hai")]
    public async Task A_value_that_does_not_parse_is_a_bad_request_naming_the_parameter_and_the_value_in_the_readers_language(
        string url, string type, string parameter, string value)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);

        // A program with a token chooses English; a browser's request stays Vietnamese.
        var english = await Problems.AssertProblemAsync(await app.Client(await app.TokenForAsync(Role.NationalAnalyst)).GetAsync(url), HttpStatusCode.BadRequest);
        var vietnamese = await Problems.AssertProblemAsync(await app.Client(language: null).GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Equal($"Failed to bind parameter \"{type} {parameter}\" from \"{value}\".", english.GetProperty("detail").GetString());
        Assert.Equal($"Không đọc được tham số {parameter} ({type}) từ giá trị \"{value}\".", vietnamese.GetProperty("detail").GetString());
    }
}
