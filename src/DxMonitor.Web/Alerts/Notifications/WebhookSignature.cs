using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// How a webhook request proves it comes from DxMonitor: an HMAC-SHA256, keyed with the target's secret, of
/// "{timestamp}.{body}", sent as "sha256={lowercase hex}". docs/notifications.md shows receivers how to check it.
/// </summary>
public static class WebhookSignature
{
    /// <summary>Unix time in seconds when the attempt was signed.</summary>
    public const string TimestampHeader = "X-DxMonitor-Timestamp";

    public const string SignatureHeader = "X-DxMonitor-Signature";

    /// <summary>One identifier per notification and target, the same on every retry, for receivers to drop duplicates.</summary>
    public const string DeliveryHeader = "X-DxMonitor-Delivery";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
