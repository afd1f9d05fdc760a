using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// Sends notifications, a few targets at a time, and logs one line per delivery with the target redacted (no
/// secret, no mailbox name, no URL path). A target's notifications go one after another; once one fails in a way
/// worth retrying, the target's others wait for the next round untried, so a dead receiver costs one round's
/// attempts, not one per notification.
/// </summary>
public sealed partial class NotificationDispatcher(IAlertNotifier notifier, IOptions<NotificationOptions> options,
    TimeProvider clock, ILogger<NotificationDispatcher> logger)
{
    /// <summary>Returns one result per notification, in the order of <paramref name="outgoing"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<IReadOnlyList<DeliveryResult>> DispatchAsync(IReadOnlyList<OutgoingNotification> outgoing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        var results = new DeliveryResult[outgoing.Count];
        var byTarget = Enumerable.Range(0, outgoing.Count).GroupBy(i => outgoing[i].Target).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = ct };
        await Parallel.ForEachAsync(byTarget, parallel, async (target, token) =>
        {
            DeliveryResult? unreachable = null;
            foreach (var i in target)
            {
                results[i] = unreachable is null
                    ? await SendAsync(outgoing[i], token)
                    : DeliveryResult.Failure(0, $"Not tried: {unreachable.FailureReason}", retryable: true, unreachable.RetryAfter);
                if (results[i] is { Delivered: false, Retryable: true } failed)
                {
                    unreachable ??= failed;
                }
            }
        });
        return results;
    }

    private async Task<DeliveryResult> SendAsync(OutgoingNotification o, CancellationToken ct)
    {
        var (notification, target) = (o.Notification, o.Target);
        var started = clock.GetTimestamp();
        var result = await notifier.SendAsync(notification, target, o.DeliveryId, ct);
        var elapsedMs = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        if (result.Delivered)
        {
            LogDelivered(logger, notification.Fingerprint, notification.Rule, notification.State, target.Channel,
                target.Redacted, result.Attempts, elapsedMs, o.DeliveryId);
        }
        else
        {
            LogFailed(logger, notification.Fingerprint, notification.Rule, notification.State, target.Channel,
                target.Redacted, result.Attempts, elapsedMs, o.DeliveryId, result.FailureReason);
        }
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Alert {Fingerprint} ({Rule}, {State}) delivered by {Channel} to {Target} after {Attempts} attempt(s) in {ElapsedMs} ms (delivery {DeliveryId})")]
    private static partial void LogDelivered(ILogger logger, string fingerprint, string rule, AlertState state, string channel,
        string target, int attempts, long elapsedMs, Guid deliveryId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Alert {Fingerprint} ({Rule}, {State}) not delivered by {Channel} to {Target} after {Attempts} attempt(s) in {ElapsedMs} ms (delivery {DeliveryId}): {Reason}")]
    private static partial void LogFailed(ILogger logger, string fingerprint, string rule, AlertState state, string channel,
        string target, int attempts, long elapsedMs, Guid deliveryId, string? reason);
}
