using DxMonitor.Web.Alerts.Notifications;
using Microsoft.Extensions.Logging;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

public sealed class NotificationDispatcherTests
{
    private const string Secret = "whsec_dispatch-secret";

    [Fact]
    public async Task Sends_to_every_target_and_returns_the_results_in_their_order()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var accepting = await WebhookReceiver.StartAsync(204);
        await using var refusing = await WebhookReceiver.StartAsync(400);
        await using var host = await NotificationHost.StartAsync(sink.Port);

        var results = await host.Dispatcher.DispatchAsync(Outgoing(
            NotificationTarget.Webhook(refusing.Url, Secret),
            NotificationTarget.Email("lanhdao@hagiang.gov.vn"),
            NotificationTarget.Webhook(accepting.Url, Secret)), CancellationToken.None);

        Assert.Equal([false, true, true], results.Select(r => r.Delivered));
        Assert.Equal(SampleAlerts.Subject, (await sink.NextAsync()).Subject);
        Assert.Single(accepting.Requests);
    }

    [Fact]
    public async Task Logs_one_line_per_delivery_without_secrets_mailboxes_or_url_paths()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var accepting = await WebhookReceiver.StartAsync(204);
        await using var refusing = await WebhookReceiver.StartAsync(400);
        await using var host = await NotificationHost.StartAsync(sink.Port);

        await host.Dispatcher.DispatchAsync(Outgoing(
            NotificationTarget.Email("lanhdao@hagiang.gov.vn"),
            NotificationTarget.Webhook(accepting.Url, Secret),
            NotificationTarget.Webhook(refusing.Url, Secret)), CancellationToken.None);

        var lines = host.Logs.Lines.Where(l => l.Category == typeof(NotificationDispatcher).FullName).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.Level == LogLevel.Information
            && l.Message.StartsWith("Alert BehindTrajectory/P02/PRV.FIBRE_HOUSEHOLDS_RATE/2025Q2 (BehindTrajectory, Firing) delivered by email to *@hagiang.gov.vn after 1 attempt(s)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Level == LogLevel.Information
            && l.Message.Contains($"delivered by webhook to {accepting.Url.GetLeftPart(UriPartial.Authority)} after 1 attempt(s)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Level == LogLevel.Warning
            && l.Message.Contains($"not delivered by webhook to {refusing.Url.GetLeftPart(UriPartial.Authority)} after 1 attempt(s)", StringComparison.Ordinal)
            && l.Message.EndsWith("answered 400 Bad Request", StringComparison.Ordinal));
        foreach (var (_, _, message) in host.Logs.Lines)
        {
            Assert.DoesNotContain(Secret, message, StringComparison.Ordinal);
            Assert.DoesNotContain("T0KEN", message, StringComparison.Ordinal);
            Assert.DoesNotContain("lanhdao", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sends_to_at_most_the_configured_number_of_targets_at_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync([204], delay: TimeSpan.FromMilliseconds(150));
        await using var host = await NotificationHost.StartAsync(settings: ("Notifications:MaxConcurrency", "2"));

        await using var other = await WebhookReceiver.StartAsync([204], delay: TimeSpan.FromMilliseconds(150));
        await using var third = await WebhookReceiver.StartAsync([204], delay: TimeSpan.FromMilliseconds(150));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = await host.Dispatcher.DispatchAsync(Outgoing([.. new[] { receiver, other, third }
            .SelectMany(r => Enumerable.Range(0, 2).Select(_ => NotificationTarget.Webhook(r.Url, Secret)))]), CancellationToken.None);

        Assert.All(results, r => Assert.Equal(DeliveryResult.Success(1), r));
        Assert.Equal(6, receiver.Requests.Count + other.Requests.Count + third.Requests.Count);
        // Two targets at a time, each target's notifications one after another: 2 × 150 ms, then the third's 2 × 150 ms.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(580), $"{watch.Elapsed}");
        Assert.Equal(1, receiver.MostInFlight);
        Assert.Equal(1, other.MostInFlight);
    }

    [Fact]
    public async Task A_target_failing_in_a_round_is_not_tried_again_in_that_round_and_others_are_not_held_up()
    {
        await using var dead = await WebhookReceiver.StartAsync(503);
        await using var alive = await WebhookReceiver.StartAsync(204);
        await using var host = await NotificationHost.StartAsync(settings: ("Notifications:Webhook:MaxRetries", "1"));

        var results = await host.Dispatcher.DispatchAsync(Outgoing(
            NotificationTarget.Webhook(dead.Url, Secret), NotificationTarget.Webhook(dead.Url, Secret), NotificationTarget.Webhook(dead.Url, Secret),
            NotificationTarget.Webhook(alive.Url, Secret)), CancellationToken.None);

        Assert.Equal([2, 0, 0], results.Take(3).Select(r => r.Attempts));
        Assert.All(results.Take(3), r => Assert.True(r is { Delivered: false, Retryable: true }));
        Assert.StartsWith("Not tried: ", results[1].FailureReason, StringComparison.Ordinal);
        Assert.Equal(2, dead.Requests.Count);
        Assert.True(results[3].Delivered);
    }

    [Fact]
    public async Task No_targets_give_no_results()
    {
        await using var host = await NotificationHost.StartAsync();

        Assert.Empty(await host.Dispatcher.DispatchAsync([], CancellationToken.None));
    }

    private static List<OutgoingNotification> Outgoing(params NotificationTarget[] targets) =>
        [.. targets.Select(t => new OutgoingNotification(Guid.NewGuid(), SampleAlerts.BehindTrajectory(), t))];
}
