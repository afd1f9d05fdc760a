using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Alerts;
using DxMonitor.Web.Dossiers;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Dossiers;

public sealed class DueSoonAlertTests
{
    private static string VietnamTime(DateTime utc) => utc.AddHours(7).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Open_dossiers_due_within_days_raise_one_alert_per_unit_that_the_engine_leaves_alone()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var file = Csv(Header,
            $"S1,P01,1.1,in_person,,{VietnamTime(now.AddDays(-3))},{VietnamTime(now.AddDays(1))},,processing,,",
            $"S2,P01,1.1,in_person,,{VietnamTime(now.AddDays(-3))},{VietnamTime(now.AddHours(5))},,received,,",
            $"S3,P01,1.1,in_person,,{VietnamTime(now.AddDays(-3))},{VietnamTime(now.AddDays(9))},,processing,,",
            $"S4,P04,1.1,in_person,,{VietnamTime(now.AddDays(-3))},{VietnamTime(now.AddDays(1))},{VietnamTime(now.AddDays(-1))},finished,,");
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, file)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
            var policy = new AlertPolicy(TimeSpan.Zero, 1, TimeSpan.FromHours(72), 2);
            var store = scope.ServiceProvider.GetRequiredService<AlertStore>();
            await DueSoonWatcher.CheckAsync(db, TimeProvider.System, new DossiersOptions { DueSoonDays = 2 }, new AlertWrite(store, policy), CancellationToken.None);
            await store.ApplyAsync(db, [], TimeProvider.System.GetUtcNow().UtcDateTime, policy, CancellationToken.None);
            await store.ApplyAsync(db, [], TimeProvider.System.GetUtcNow().UtcDateTime, policy, CancellationToken.None);
        }
        var alerts = await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?rule=DossierDueSoon");

        var alert = Assert.Single(alerts.GetProperty("items").EnumerateArray());
        Assert.Equal("P01", alert.GetProperty("unit").GetString());
        Assert.Contains("2 hồ sơ sắp đến hạn", alert.GetProperty("summaryVi").GetString(), StringComparison.Ordinal);
        var evidence = alert.GetProperty("evidence").GetString();
        Assert.True(evidence!.IndexOf("S2", StringComparison.Ordinal) < evidence.IndexOf("S1", StringComparison.Ordinal), evidence);
        Assert.DoesNotContain("S3", evidence, StringComparison.Ordinal);
    }
}
