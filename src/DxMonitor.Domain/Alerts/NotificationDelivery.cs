namespace DxMonitor.Domain.Alerts;

/// <summary>
/// One notification of one alert transition to one target, written in the same transaction as the transition
/// (the outbox) and sent afterwards by the notification sender. <see cref="DeliveryId"/> is the same on every
/// attempt and on every instance, so receivers can drop repeats.
/// </summary>
public sealed class NotificationDelivery
{
    public long Id { get; private set; }
    public required Guid DeliveryId { get; init; }
    public required long AlertId { get; init; }

    /// <summary>What the notification announces: "Firing", "Escalated" or "Resolved".</summary>
    public required string Transition { get; init; }

    /// <summary>"email" or "webhook".</summary>
    public required string Channel { get; init; }

    /// <summary>The e-mail address or webhook URL; the webhook's secret is read from the settings when sending.</summary>
    public required string Target { get; init; }

    /// <summary>The notification as sent (JSON), frozen when the transition happened.</summary>
    public required string Payload { get; init; }

    public DeliveryState State { get; private set; }
    public DateTime CreatedAt { get; init; }

    /// <summary>When retrying started (creation, or the last time an administrator asked to send again).</summary>
    public DateTime PendingSince { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    /// <summary>The sender that has taken this delivery for its current round; null when none has.</summary>
    public Guid? ClaimedBy { get; private set; }

    /// <summary>Sending rounds made; each round may retry a few times within itself.</summary>
    public int Rounds { get; private set; }

    /// <summary>Requests made in all rounds together.</summary>
    public int Attempts { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }
    public string? LastError { get; private set; }

    public static NotificationDelivery Create(Guid deliveryId, long alertId, string transition, string channel, string target, string payload, DateTime now) => new()
    {
        DeliveryId = deliveryId,
        AlertId = alertId,
        Transition = transition,
        Channel = channel,
        Target = target,
        Payload = payload,
        State = DeliveryState.Pending,
        CreatedAt = now,
        PendingSince = now,
        NextAttemptAt = now,
    };

    public void Delivered(int attempts, DateTime now)
    {
        Finish(attempts, now, null);
        State = DeliveryState.Delivered;
        DeliveredAt = now;
    }

    /// <summary>A round failed: tries again at <paramref name="retryAt"/>, or fails for good when that is null.</summary>
    public void NotDelivered(int attempts, DateTime now, string error, DateTime? retryAt)
    {
        Finish(attempts, now, error);
        State = retryAt is null ? DeliveryState.Failed : DeliveryState.Pending;
        NextAttemptAt = retryAt ?? NextAttemptAt;
    }

    /// <summary>An administrator sends a failed (or waiting) delivery again now, with a fresh retry allowance.</summary>
    public void RetryNow(DateTime now)
    {
        if (State == DeliveryState.Delivered)
        {
            throw new RuleViolationException(Resources.AlertText.Texts.Format("DeliveredNotRetried"), "state");
        }
        State = DeliveryState.Pending;
        PendingSince = now;
        NextAttemptAt = now;
        ClaimedBy = null;
    }

    private void Finish(int attempts, DateTime now, string? error)
    {
        Rounds++;
        Attempts += attempts;
        LastAttemptAt = now;
        LastError = error;
        ClaimedBy = null;
    }
}
