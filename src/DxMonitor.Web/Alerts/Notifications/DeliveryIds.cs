using System.Security.Cryptography;
using System.Text;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// The delivery id of an alert transition sent to a target: a UUID (version 8) made from the alert, the transition and
/// the target, so that whichever instance writes or sends it, and however often, it is the same.
/// </summary>
public static class DeliveryIds
{
    /// <param name="transition">"Firing", "Escalated-1", "Escalated-2"..., or "Resolved".</param>
    public static Guid For(long alertId, string transition, string channel, string target)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{alertId}\n{transition}\n{channel}\n{target}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom (RFC 9562)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // the RFC's variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
