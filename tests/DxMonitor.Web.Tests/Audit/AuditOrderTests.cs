using System.Net;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Audit;

/// <summary>The audit trail is sorted by the database in the order asked for, before paging; an unknown order is a problem naming the field.</summary>
public sealed class AuditOrderTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_trail_sorts_by_who_changed_it_both_ways_and_refuses_an_unknown_order(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        foreach (var (user, value) in new[] { ("bich.thu.kiem", 11), ("an.thu.kiem", 12), ("cuong.thu.kiem", 13) })
        {
            var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: user));
            await Problems.AssertOkAsync(await analyst.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P40/2023Q1", new { value }));
        }
        var reader = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "doc.nhat.ky"));

        var up = await Problems.AssertOkAsync(await reader.GetAsync("/api/v1/audit/values?unit=P40&sort=user&pageSize=500"));
        var down = await Problems.AssertOkAsync(await reader.GetAsync("/api/v1/audit/values?unit=P40&sort=-user&pageSize=500"));
        var newest = await Problems.AssertOkAsync(await reader.GetAsync("/api/v1/audit/values?unit=P40&pageSize=500"));
        var bad = await reader.GetAsync("/api/v1/audit/values?sort=user%27--");

        string[] Users(System.Text.Json.JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("changedBy").GetString()!)
            .Where(u => u.EndsWith(".thu.kiem", StringComparison.Ordinal))];
        Assert.Equal(["an.thu.kiem", "bich.thu.kiem", "cuong.thu.kiem"], Users(up));
        Assert.Equal(["cuong.thu.kiem", "bich.thu.kiem", "an.thu.kiem"], Users(down));
        Assert.Equal(["cuong.thu.kiem", "an.thu.kiem", "bich.thu.kiem"], Users(newest));
        await Problems.AssertFieldErrorAsync(bad, HttpStatusCode.UnprocessableEntity, "sort", "user'--");
    }
}
