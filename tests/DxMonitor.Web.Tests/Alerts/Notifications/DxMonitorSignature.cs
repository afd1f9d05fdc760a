using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

// A receiver's check of DxMonitor's webhook signature, written as receivers would write it (no DxMonitor code);
// docs/notifications.md shows this class verbatim, and a test keeps the two the same.
public static class DxMonitorSignature
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static bool IsValid(string secret, string? timestamp, string? signature, byte[] body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > Tolerance.TotalSeconds
            || signature is null || !signature.StartsWith("sha256=", StringComparison.Ordinal))
        {
            return false;
        }
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.AsSpan("sha256=".Length));
        }
        catch (FormatException)
        {
            return false;
        }
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
