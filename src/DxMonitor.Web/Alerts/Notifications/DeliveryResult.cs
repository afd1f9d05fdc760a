namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>The outcome of sending one notification to one target, for the caller to record.</summary>
public sealed record DeliveryResult
{
    private DeliveryResult(bool delivered, int attempts, string? failureReason, bool retryable, TimeSpan? retryAfter)
    {
        Delivered = delivered;
        Attempts = attempts;
        FailureReason = failureReason;
        Retryable = retryable;
        RetryAfter = retryAfter;
    }

    /// <summary>True when the receiver accepted the notification (SMTP 250, HTTP 2xx).</summary>
    public bool Delivered { get; }

    /// <summary>How many times sending was tried, retries included (0 when nothing was tried).</summary>
    public int Attempts { get; }

    /// <summary>Why delivery failed, for operators; free of secrets. Null when delivered.</summary>
    public string? FailureReason { get; }

    /// <summary>Whether trying again later may succeed (a timeout, a 5xx, 408 or 429); false for a refusal (other 4xx, a rejected mailbox).</summary>
    public bool Retryable { get; }

    /// <summary>How long the receiver asked to be left alone (its Retry-After), when it said so.</summary>
    public TimeSpan? RetryAfter { get; }

    public static DeliveryResult Success(int attempts) =>
        new(true, attempts >= 1 ? attempts : throw new ArgumentOutOfRangeException(nameof(attempts)), null, false, null);

    public static DeliveryResult Failure(int attempts, string reason, bool retryable = true, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempts);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(false, attempts, reason, retryable, retryAfter);
    }
}
