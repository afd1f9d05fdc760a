using DxMonitor.Domain.Alerts;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// One notification delivery in the outbox: which alert and change, to which target (as logs show it: no mailbox
/// name, no URL path), where it stands, how often it was tried and why it last failed.
/// </summary>
public sealed record DeliveryResponse(
    long Id, Guid DeliveryId, long AlertId, string Fingerprint, string Transition, string Channel, string Target, DeliveryState State,
    int Rounds, int Attempts, DateTime CreatedAt, DateTime? NextAttemptAt, DateTime? LastAttemptAt, DateTime? DeliveredAt, string? LastError);
