using System.Net;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Accounts;

public sealed class RequestLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_and_API_requests_beyond_the_limit_get_429_with_a_problem()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string>
        {
            ["Accounts:SignInsPerMinute"] = "3",
            ["Accounts:ApiRequestsPerMinute"] = "5",
        });
        var client = app.Client();

        var signIns = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            signIns.Add((await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>()))).StatusCode);
        }
        var api = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            api.Add(await client.GetAsync("/api/v1/periods/2024Q1"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, signIns[3]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, signIns.Take(3));
        Assert.All(api.Take(5), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var problem = await Problems.AssertProblemAsync(api[5], HttpStatusCode.TooManyRequests);
        Assert.Equal("Quá nhiều yêu cầu", problem.GetProperty("title").GetString());
        var limited = api[5].Headers;
        Assert.Equal("\"api\";q=5;w=60", limited.GetValues("RateLimit-Policy").Single());
        Assert.Matches("^\"api\";r=0;t=[0-9]+$", limited.GetValues("RateLimit").Single());
        Assert.InRange(limited.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }
}
