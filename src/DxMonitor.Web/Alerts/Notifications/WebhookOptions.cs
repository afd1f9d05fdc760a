using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>How one round of a webhook delivery is timed and retried (by the HTTP client's resilience pipeline).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Notifications:Webhook";

    /// <summary>Retries within a round after the first attempt, on 5xx, 408, 429, a timeout or a connection error; other 4xx are not retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The typical wait before the first retry, doubled before each further one, with random jitter (about 1 s, 2 s, 4 s by default).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest wait between two attempts of a round, a receiver's Retry-After included: a longer Retry-After ends the
    /// round, and the notification sender comes back when the receiver asked.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest one attempt may wait for the receiver's answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
