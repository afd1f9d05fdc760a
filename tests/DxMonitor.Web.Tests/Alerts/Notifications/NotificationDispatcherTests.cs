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

        var results = await host.Dispatcher.DispatchAsync(SampleAlerts.BehindTrajectory(),
        [
            NotificationTarget.Webhook(refusing.Url, Secret),
            NotificationTarget.Email("lanhdao@hagiang.gov.vn"),
            NotificationTarget.Webhook(accepting.Url, Secret),
        ], CancellationToken.None);

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

        await host.Dispatcher.DispatchAsync(SampleAlerts.BehindTrajectory(),
        [
            NotificationTarget.Email("lanhdao@hagiang.gov.vn"),
            NotificationTarget.Webhook(accepting.Url, Secret),
            NotificationTarget.Webhook(refusing.Url, Secret),
        ], CancellationToken.None);

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
    public async Task Runs_at_most_the_configured_number_of_deliveries_at_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync([204], delay: TimeSpan.FromMilliseconds(150));
        await using var host = await NotificationHost.StartAsync(settings: ("Notifications:MaxConcurrency", "2"));

        var results = await host.Dispatcher.DispatchAsync(SampleAlerts.BehindTrajectory(),
            [.. Enumerable.Range(0, 6).Select(_ => NotificationTarget.Webhook(receiver.Url, Secret))], CancellationToken.None);

        Assert.All(results, r => Assert.Equal(DeliveryResult.Success(1), r));
        Assert.Equal(6, receiver.Requests.Count);
        Assert.Equal(2, receiver.MostInFlight);
    }

    [Fact]
    public async Task No_targets_give_no_results()
    {
        await using var host = await NotificationHost.StartAsync();

        Assert.Empty(await host.Dispatcher.DispatchAsync(SampleAlerts.BehindTrajectory(), [], CancellationToken.None));
    }
}
