using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>How the notification sender works through the outbox (section "Notifications:Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Notifications:Outbox";

    /// <summary>How often the sender looks for deliveries due (at once, too, after this instance writes new ones).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Typical wait before the second round of a delivery that failed, doubled for each further round, with random jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between two rounds (a receiver's longer Retry-After is honoured all the same).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A delivery still failing this long after it was written (or sent again by an administrator) is marked failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long a round may take before another sender may take its deliveries (the sender died mid-round): longer
    /// than a round's attempts and waits (Notifications:Webhook, Notifications:Smtp:Timeout).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most deliveries taken in one round.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;
}
