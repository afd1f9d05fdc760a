namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// When a delivery's next round starts: when the receiver asked (Retry-After), otherwise after an exponential
/// backoff with jitter (between half and all of <c>first × 2^(round-1)</c>, capped), so that many deliveries
/// failing together do not come back together.
/// </summary>
public static class RetrySchedule
{
    public static TimeSpan Delay(int roundsMade, TimeSpan? retryAfter, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (retryAfter is { } asked)
        {
            return asked;
        }
        var exponential = options.RetryDelay * Math.Pow(2, Math.Clamp(roundsMade - 1, 0, 30));
        var capped = exponential < options.MaxRetryDelay ? exponential : options.MaxRetryDelay;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}
