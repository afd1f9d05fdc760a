using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>How webhook deliveries are timed and retried.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Notifications:Webhook";

    /// <summary>Retries after the first attempt, on 5xx, 408, 429, a timeout or a connection error; other 4xx are not retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Wait before the first retry, doubled before each further one (1 s, 2 s, 4 s by default).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest one attempt may wait for the receiver's answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
