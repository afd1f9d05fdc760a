using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Tests.Alerts.Notifications;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static DxMonitor.Web.Tests.Alerts.Notifications.OutboxSettings;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>
/// Two product processes on one PostgreSQL database, as a national deployment runs them behind a load balancer:
/// each alert transition is written once and delivered once, whichever instance computes it, and when the instance
/// doing the background work is killed the other takes over within a minute.
/// </summary>
public sealed partial class TwoInstanceTests(ITestOutputHelper output)
{
    private static readonly string[] Work = [LeaseNames.MonitoringAlerts, LeaseNames.NotificationSender];

    [Fact]
    public async Task Each_alert_transition_is_delivered_once_across_two_instances_and_a_killed_holder_is_replaced_within_a_minute()
    {
        await using var receiver = await WebhookReceiver.StartAsync(204);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var settings = For(receiver, ("Notifications:Webhook:AttemptTimeout", "00:00:10"));
        var clock = Stopwatch.StartNew();
        var first = await ProductProcess.StartAsync(database, settings);
        await using var second = await ProductProcess.StartAsync(database, settings);
        var killedFirst = false;
        output.WriteLine($"started both at {clock.Elapsed}");
        try
        {
            await Eventually.MatchAsync(() => ClusterLeases.HoldsAsync(database, first, Work), held => held, "the first instance holding the leases", seconds: 30);
            using var onFirst = first.Client();
            using var onSecond = second.Client();

            // Both instances' engines compute the alert (the second one recomputes it after its own write); one writes it.
            var passedBefore = (ReportsPassed(first), ReportsPassed(second));
            await MissDeadlineAsync(onFirst, "P40");
            await Eventually.MatchAsync(() => DeliveredAsync(database), d => d.Announced > 0 && d.Delivered == d.Announced, "Nghệ An's alert delivered", seconds: 20);
            await MissDeadlineAsync(onSecond, "P40");
            await MissDeadlineAsync(onFirst, "P40");
            await Eventually.MatchAsync(() => Task.FromResult((ReportsPassed(first), ReportsPassed(second))),
                passed => passed.Item1 >= passedBefore.Item1 + 3 && passed.Item2 >= passedBefore.Item2 + 3,
                "both instances' monitoring passes over the three writes", seconds: 30);
            var settled = await DeliveredAsync(database);
            output.WriteLine($"first alert delivered, both passes done at {clock.Elapsed}: {settled}");
            Assert.Equal(settled.Announced, settled.Rows);

            // Kill the holder while it is sending: the receiver holds its answer, so the delivery is in flight.
            receiver.Delay = TimeSpan.FromSeconds(3);
            var before = receiver.Requests.Count;
            await MissDeadlineAsync(onFirst, "P42");
            await Eventually.MatchAsync(() => Task.FromResult(receiver.Requests.Count), n => n > before, "a delivery in flight", seconds: 20);
            await first.DisposeAsync();
            killedFirst = true;
            var killed = Stopwatch.StartNew();
            output.WriteLine($"killed the first at {clock.Elapsed}");
            await Eventually.MatchAsync(() => ClusterLeases.HoldsAsync(database, second, Work), held => held, "the second instance taking over", seconds: 60);
            var takeover = killed.Elapsed;
            output.WriteLine($"the second took over {takeover} after the kill");
            receiver.Delay = TimeSpan.Zero;

            var done = await Eventually.MatchAsync(() => DeliveredAsync(database), d => d.Delivered == d.Rows && d.Rows == d.Announced,
                "every delivery delivered by the second instance", seconds: 30);
            output.WriteLine($"all delivered at {clock.Elapsed}: {done}");
            await using var db = database.CreateContext();
            var ids = await db.NotificationDeliveries.Select(d => d.DeliveryId.ToString()).ToListAsync();
            var received = receiver.Requests.Select(r => r.Header("X-DxMonitor-Delivery")).ToList();
            Assert.True(takeover < TimeSpan.FromSeconds(60), $"taken over after {takeover}");
            Assert.Equal(ids.Order(), received.Distinct().Order());
            // Only what was in flight when the holder died may come twice, under the same delivery id.
            Assert.InRange(received.Count - ids.Count, 0, 1);
            Assert.DoesNotContain(await db.NotificationDeliveries.Select(d => d.Transition).ToListAsync(), t => t == "Resolved");
            Assert.Empty(await db.Alerts.Where(a => a.State != AlertState.Resolved).GroupBy(a => a.Fingerprint).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync());
            Assert.True(done.Announced >= 2, $"{done.Announced}");
            Assert.Contains("Took the lease notification-sender", second.Output, StringComparison.Ordinal);
        }
        finally
        {
            if (!killedFirst)
            {
                await first.DisposeAsync();
            }
        }
    }

    /// <summary>How many reports the instance's monitoring passes have gone over, from its log.</summary>
    private static int ReportsPassed(ProductProcess instance) =>
        PassLine().Matches(instance.Output).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"Monitoring pass after (\d+) reports")]
    private static partial Regex PassLine();

    private static async Task<(int Announced, int Rows, int Delivered)> DeliveredAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await AnnouncedAsync(db), await db.NotificationDeliveries.CountAsync(),
            await db.NotificationDeliveries.CountAsync(d => d.State == DeliveryState.Delivered));
    }
}
