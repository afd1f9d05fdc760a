using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// Sends one notification to all its targets, a few at a time, and logs one line per delivery with the target
/// redacted (no secret, no mailbox name, no URL path).
/// </summary>
public sealed partial class NotificationDispatcher(IAlertNotifier notifier, IOptions<NotificationOptions> options,
    TimeProvider clock, ILogger<NotificationDispatcher> logger)
{
    /// <summary>Returns one result per target, in the order of <paramref name="targets"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<IReadOnlyList<DeliveryResult>> DispatchAsync(AlertNotification notification,
        IReadOnlyList<NotificationTarget> targets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(targets);
        var results = new DeliveryResult[targets.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (i, token) =>
        {
            var target = targets[i];
            var started = clock.GetTimestamp();
            var result = await notifier.SendAsync(notification, target, token);
            var elapsedMs = (long)clock.GetElapsedTime(started).TotalMilliseconds;
            if (result.Delivered)
            {
                LogDelivered(logger, notification.Fingerprint, notification.Rule, notification.State, target.Channel,
                    target.Redacted, result.Attempts, elapsedMs);
            }
            else
            {
                LogFailed(logger, notification.Fingerprint, notification.Rule, notification.State, target.Channel,
                    target.Redacted, result.Attempts, elapsedMs, result.FailureReason);
            }
            results[i] = result;
        });
        return results;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Alert {Fingerprint} ({Rule}, {State}) delivered by {Channel} to {Target} after {Attempts} attempt(s) in {ElapsedMs} ms")]
    private static partial void LogDelivered(ILogger logger, string fingerprint, string rule, AlertState state, string channel,
        string target, int attempts, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Alert {Fingerprint} ({Rule}, {State}) not delivered by {Channel} to {Target} after {Attempts} attempt(s) in {ElapsedMs} ms: {Reason}")]
    private static partial void LogFailed(ILogger logger, string fingerprint, string rule, AlertState state, string channel,
        string target, int attempts, long elapsedMs, string? reason);
}
