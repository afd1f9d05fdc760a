using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DxMonitor.Web.Alerts.Notifications;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

public sealed class WebhookNotifierTests
{
    private const string Secret = "whsec_3b1f0c9e-test-only";

    [Fact]
    public async Task Posts_the_notification_as_camelCase_json_signed_with_the_targets_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync(204);
        await using var host = await NotificationHost.StartAsync();

        var deliveryId = Guid.NewGuid();
        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), deliveryId, CancellationToken.None);

        Assert.Equal(DeliveryResult.Success(1), result);
        var request = Assert.Single(receiver.Requests);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal(deliveryId.ToString(), request.Header("X-DxMonitor-Delivery"));
        Assert.True(DxMonitorSignature.IsValid(Secret, request.Header("X-DxMonitor-Timestamp"), request.Header("X-DxMonitor-Signature"),
            request.Body, TimeProvider.System.GetUtcNow()));
        Assert.Matches("^sha256=[0-9a-f]{64}$", request.Header("X-DxMonitor-Signature"));
        var json = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("BehindTrajectory/P02/PRV.FIBRE_HOUSEHOLDS_RATE/2025Q2", json.GetProperty("fingerprint").GetString());
        Assert.Equal("Warning", json.GetProperty("severity").GetString());
        Assert.Equal("Firing", json.GetProperty("state").GetString());
        Assert.Equal("Tỉnh Hà Giang", json.GetProperty("unitNameVi").GetString());
        Assert.Equal("PRV.FIBRE_HOUSEHOLDS_RATE", json.GetProperty("indicatorCode").GetString());
        Assert.Equal("Tỉnh Hà Giang chậm so với lộ trình", json.GetProperty("summaryVi").GetString());
        Assert.Equal(DateTimeOffset.Parse("2025-07-15T02:30:00Z", System.Globalization.CultureInfo.InvariantCulture),
            json.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal("https://dxmonitor.test/alerts/BehindTrajectory-P02-2025Q2", json.GetProperty("link").GetString());
        Assert.Contains("Hà Giang", Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_secret_or_altered_body_does_not_verify()
    {
        await using var receiver = await WebhookReceiver.StartAsync(204);
        await using var host = await NotificationHost.StartAsync();

        await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), Guid.NewGuid(), CancellationToken.None);

        var request = Assert.Single(receiver.Requests);
        var (timestamp, signature, now) = (request.Header("X-DxMonitor-Timestamp"), request.Header("X-DxMonitor-Signature"), TimeProvider.System.GetUtcNow());
        Assert.True(DxMonitorSignature.IsValid(Secret, timestamp, signature, request.Body, now));
        Assert.False(DxMonitorSignature.IsValid("whsec_forged", timestamp, signature, request.Body, now));
        var altered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(request.Body).Replace("Warning", "Info", StringComparison.Ordinal));
        Assert.False(DxMonitorSignature.IsValid(Secret, timestamp, signature, altered, now));
        Assert.False(DxMonitorSignature.IsValid(Secret, timestamp, signature, request.Body, now.AddMinutes(10)));
    }

    [Fact]
    public async Task A_receiver_failing_twice_with_503_then_succeeding_gets_three_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync(503, 503, 200);
        await using var host = await NotificationHost.StartAsync();

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(DeliveryResult.Success(3), result);
        var requests = receiver.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.Single(requests.Select(r => r.Header("X-DxMonitor-Delivery")).Distinct());
        Assert.All(requests, r => Assert.True(DxMonitorSignature.IsValid(Secret, r.Header("X-DxMonitor-Timestamp"),
            r.Header("X-DxMonitor-Signature"), r.Body, TimeProvider.System.GetUtcNow())));
    }

    [Fact]
    public async Task A_receivers_Retry_After_is_waited_for_before_the_retry()
    {
        await using var receiver = await WebhookReceiver.StartAsync(503, 204);
        receiver.RetryAfterSeconds = 1;
        await using var host = await NotificationHost.StartAsync();

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(DeliveryResult.Success(2), result);
        var requests = receiver.Requests.ToArray();
        // Without Retry-After the retry would come after about 50 ms (Notifications:Webhook:FirstRetryDelay in tests).
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.95), $"{requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task A_Retry_After_longer_than_a_round_may_wait_ends_the_round_and_is_reported()
    {
        await using var receiver = await WebhookReceiver.StartAsync(503, 204);
        receiver.RetryAfterSeconds = 120;
        await using var host = await NotificationHost.StartAsync();

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), Guid.NewGuid(), CancellationToken.None);

        Assert.Equal((false, 1, true, TimeSpan.FromSeconds(120)), (result.Delivered, result.Attempts, result.Retryable, result.RetryAfter));
        Assert.Single(receiver.Requests);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task Timeouts_throttling_and_server_errors_are_retried(int status)
    {
        await using var receiver = await WebhookReceiver.StartAsync(status, 202);
        await using var host = await NotificationHost.StartAsync();

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(DeliveryResult.Success(2), result);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(307)]
    public async Task Other_answers_are_final_and_not_retried(int status)
    {
        await using var receiver = await WebhookReceiver.StartAsync(status, 204);
        await using var host = await NotificationHost.StartAsync();

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), Guid.NewGuid(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.False(result.Retryable);
        Assert.Equal(1, result.Attempts);
        Assert.StartsWith($"{receiver.Url.GetLeftPart(UriPartial.Authority)} answered {status}", result.FailureReason, StringComparison.Ordinal);
        Assert.Single(receiver.Requests);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries()
    {
        await using var receiver = await WebhookReceiver.StartAsync(503);
        await using var host = await NotificationHost.StartAsync(settings: ("Notifications:Webhook:MaxRetries", "2"));

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), Guid.NewGuid(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Equal(3, result.Attempts);
        Assert.Equal($"{receiver.Url.GetLeftPart(UriPartial.Authority)} answered 503 Service Unavailable", result.FailureReason);
        Assert.Equal(3, receiver.Requests.Count);
    }

    [Fact]
    public async Task A_receiver_that_never_answers_times_out_and_fails()
    {
        await using var receiver = await WebhookReceiver.StartAsync(0);
        await using var host = await NotificationHost.StartAsync(settings:
            [("Notifications:Webhook:AttemptTimeout", "00:00:00.300"), ("Notifications:Webhook:MaxRetries", "1")]);
        var watch = Stopwatch.StartNew();

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), Guid.NewGuid(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Equal(2, result.Attempts);
        Assert.Equal($"{receiver.Url.GetLeftPart(UriPartial.Authority)} did not answer within 0.3 s", result.FailureReason);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(600), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_fails()
    {
        await using var host = await NotificationHost.StartAsync(settings: ("Notifications:Webhook:MaxRetries", "2"));
        var url = new Uri($"http://127.0.0.1:{NotificationHost.ClosedPort()}/hooks/T0KEN");

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), NotificationTarget.Webhook(url, Secret), Guid.NewGuid(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Equal(3, result.Attempts);
        Assert.Equal($"Cannot reach {url.GetLeftPart(UriPartial.Authority)} (ConnectionError, ConnectionRefused)", result.FailureReason);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_a_delivery_failure()
    {
        await using var receiver = await WebhookReceiver.StartAsync(0);
        await using var host = await NotificationHost.StartAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Target(receiver), Guid.NewGuid(), cancel.Token));
    }

    private static WebhookTarget Target(WebhookReceiver receiver) => NotificationTarget.Webhook(receiver.Url, Secret);
}
