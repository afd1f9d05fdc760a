using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Alerts.Notifications.OutboxSettings;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

/// <summary>The outbox end to end in the app: written with the alert, sent after it, retried until the receiver takes it.</summary>
public sealed class OutboxDeliveryTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_dead_webhook_does_not_hold_up_alerts_and_its_deliveries_are_retried_as_it_asks_until_it_comes_back(DatabaseProvider provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync(503);
        receiver.RetryAfterSeconds = 2;
        await using var app = await TestApp.StartAsync(provider, For(receiver));
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        await MissDeadlineAsync(analyst, "P40");
        await Eventually.MatchAsync(() => app.QueryAsync(db => db.NotificationDeliveries.CountAsync(d => d.LastError != null)), n => n > 0,
            "a failed round of the first delivery");
        // A slow dead receiver: sending inline would hold the pass at least 2.5 s + 2 s (Retry-After) + 2.5 s.
        receiver.Delay = TimeSpan.FromSeconds(2.5);
        var watch = Stopwatch.StartNew();
        await MissDeadlineAsync(analyst, "P42");
        // The pass writes the new alert at once although every delivery waits for the dead receiver.
        await Eventually.MatchAsync(() => app.QueryAsync(db => db.Alerts.CountAsync(a => a.State == AlertState.Firing
            && a.Rule == AlertRule.DeadlineMissed && a.UnitId == db.Units.Single(u => u.Code == "P42").Id)), n => n > 0,
            "Tuyên Quang's missed deadlines firing");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(6), $"{watch.Elapsed}");
        receiver.Delay = TimeSpan.Zero;
        // One delivery per announced transition (read together: a pass may commit between two reads).
        var (announced, waiting) = await Eventually.MatchAsync(async () => (await app.QueryAsync(AnnouncedAsync),
            await app.QueryAsync(db => db.NotificationDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync())),
            read => read.Item1 == read.Item2.Count, "one delivery per announced transition", seconds: 5);
        Assert.All(waiting, d => Assert.Equal(DeliveryState.Pending, d.State));
        Assert.Contains(waiting, d => d.LastError == $"{receiver.Url.GetLeftPart(UriPartial.Authority)} answered 503 Service Unavailable");

        await Eventually.MatchAsync(() => Task.FromResult(receiver.Requests.Count(r => r.Header("X-DxMonitor-Delivery") == waiting[0].DeliveryId.ToString())),
            n => n >= 3, "three requests of the first delivery");
        receiver.Answering = 204;
        var delivered = await Eventually.MatchAsync(() => app.QueryAsync(db => db.NotificationDeliveries.AsNoTracking().ToListAsync()),
            all => all.All(d => d.State == DeliveryState.Delivered), "both delivered once the receiver is back", seconds: 20);

        // Every request of a delivery came at least the 2 s its Retry-After asked after the one before.
        foreach (var attempts in receiver.Requests.GroupBy(r => r.Header("X-DxMonitor-Delivery")))
        {
            var at = attempts.Select(r => r.At).Order().ToList();
            Assert.All(at.Zip(at.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1.9), $"{pair.Second - pair.First}"));
        }
        Assert.Equal(delivered.Select(d => d.DeliveryId.ToString()).Order(), receiver.Requests.Select(r => r.Header("X-DxMonitor-Delivery")).Distinct().Order());
        Assert.All(delivered, d => Assert.NotNull(d.DeliveredAt));
        Assert.True(delivered.Single(d => d.Id == waiting[0].Id).Attempts >= 3);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_refused_delivery_fails_at_once_and_an_administrator_sends_it_again(DatabaseProvider provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync(400);
        await using var app = await TestApp.StartAsync(provider, For(receiver));
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri"));

        await MissDeadlineAsync(analyst, "P40");
        var announced = await Eventually.MatchAsync(() => app.QueryAsync(AnnouncedAsync), n => n > 0, "Nghệ An's alert");
        var failed = await Eventually.MatchAsync(async () => await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications/deliveries?state=Failed"),
            page => page.GetProperty("total").GetInt32() == announced, "its deliveries refused");
        var item = failed.GetProperty("items")[0];
        Assert.Equal(("Firing", "webhook", receiver.Url.GetLeftPart(UriPartial.Authority), 1), (item.GetProperty("transition").GetString(),
            item.GetProperty("channel").GetString(), item.GetProperty("target").GetString(), item.GetProperty("attempts").GetInt32()));
        var alertId = item.GetProperty("alertId").GetInt64();
        Assert.Equal(await app.QueryAsync(db => db.Alerts.Where(a => a.Id == alertId).Select(a => a.Fingerprint).SingleAsync()),
            item.GetProperty("fingerprint").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"/api/v1/notifications/deliveries/{item.GetProperty("id")}/retry", null)).StatusCode);

        receiver.Answering = 204;
        var retried = await admin.PostAsync($"/api/v1/notifications/deliveries/{item.GetProperty("id")}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await Eventually.MatchAsync(async () => await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications/deliveries?state=Delivered"),
            page => page.GetProperty("total").GetInt32() == 1, "the delivery sent again");
        // Refused once, then sent again under the same delivery id; the other refused deliveries stay failed.
        Assert.Equal(2, receiver.Requests.Count(r => r.Header("X-DxMonitor-Delivery") == item.GetProperty("deliveryId").GetString()));
        Assert.Equal(announced + 1, receiver.Requests.Count);
        Assert.Equal(announced - 1, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications/deliveries?state=Failed")).GetProperty("total").GetInt32());

        var again = await admin.PostAsync($"/api/v1/notifications/deliveries/{item.GetProperty("id")}/retry", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/notifications/deliveries/999999/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.GetAsync("/api/v1/notifications/deliveries?state=Lost")).StatusCode);
    }
}
