namespace DxMonitor.Domain.Alerts;

/// <summary>
/// Where one notification delivery stands: Pending, waiting for its (next) attempt; Delivered, accepted by the
/// receiver; Failed, refused for good or given up after retries (an administrator may send it again).
/// </summary>
public enum DeliveryState
{
    Pending = 0,
    Delivered = 1,
    Failed = 2,
}
