namespace DxMonitor.Data.Leases;

/// <summary>
/// Who does one piece of background work that must run on one instance only (sending notifications, writing
/// alert transitions, a scheduler), and until when: the holder renews it; once it expires, any instance may take it.
/// </summary>
public sealed class Lease
{
    public required string Name { get; init; }

    /// <summary>The instance holding it (host name, process id and a random part); empty when never taken.</summary>
    public required string Holder { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>When the current holder took it.</summary>
    public DateTime AcquiredAt { get; set; }
}
