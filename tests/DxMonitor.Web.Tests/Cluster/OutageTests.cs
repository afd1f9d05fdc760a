using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>
/// The database goes away under a running instance (connections refused, open ones terminated): the API answers 503
/// with Retry-After as a problem, a browser gets a Vietnamese page, readiness fails while liveness holds, the public's
/// roll-ups are still served from memory; once the database is back the instance serves again without a restart.
/// </summary>
public sealed class OutageTests
{
    [Fact]
    public async Task An_instance_whose_database_goes_away_answers_503_with_Retry_After_and_recovers()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var product = await ProductProcess.StartAsync(database);
        using var api = product.Client();
        using var browser = new HttpClient { BaseAddress = product.Address };
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/units/P01")).StatusCode);

        await database.SetReachableAsync(false);
        try
        {
            var read = await api.GetAsync("/api/v1/units/P01");
            var write = await api.PostAsJsonAsync("/api/v1/values/batch",
                new { values = new[] { new { indicator = "PRV.EGOV_ARCH_V2", unit = "P01", period = "2025Q4", value = 1 } } });
            var page = await browser.GetAsync("/");
            var ready = await browser.GetAsync("/health/ready");
            var live = await browser.GetAsync("/health/live");
            using var anonymous = new HttpClient { BaseAddress = product.Address };
            var rollup = await anonymous.GetAsync("/api/v1/rollups/PRV.DX_RESOLUTION/2022Q1?asOf=2022-03-31");

            foreach (var answer in new[] { read, write })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(5), answer.Headers.RetryAfter?.Delta);
                Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
                var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal("Service temporarily unavailable", problem.GetProperty("title").GetString());
                Assert.Equal(503, problem.GetProperty("status").GetInt32());
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
            Assert.Contains("Dịch vụ tạm thời gián đoạn", html, StringComparison.Ordinal);
            Assert.Contains("không kết nối được cơ sở dữ liệu", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            // The public's roll-ups come from the engines' memory: they need no database.
            Assert.Equal(HttpStatusCode.OK, rollup.StatusCode);
        }
        finally
        {
            await database.SetReachableAsync(true);
        }

        await Eventually.MatchAsync(async () => (await api.GetAsync("/api/v1/units/P01")).StatusCode, s => s == HttpStatusCode.OK, "the API serving again", seconds: 30);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/ready")).StatusCode);
    }
}
