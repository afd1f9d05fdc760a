using System.Globalization;
using System.Runtime.CompilerServices;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// Signs each attempt of a webhook request as it leaves (inside the resilience pipeline, so a retry carries a fresh
/// timestamp and signature) and counts the attempts for the delivery's result.
/// </summary>
public sealed class WebhookSigningHandler(TimeProvider clock) : DelegatingHandler
{
    /// <summary>The target's shared secret, set by <see cref="WebhookNotifier"/> on each request.</summary>
    public static readonly HttpRequestOptionsKey<string> Secret = new("DxMonitor.WebhookSecret");

    /// <summary>Counts the attempts made for the request.</summary>
    public static readonly HttpRequestOptionsKey<StrongBox<int>> Attempts = new("DxMonitor.WebhookAttempts");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(Secret, out var secret) || request.Content is null)
        {
            throw new InvalidOperationException("A webhook request needs its secret and body.");
        }
        if (request.Options.TryGetValue(Attempts, out var attempts))
        {
            Interlocked.Increment(ref attempts.Value);
        }
        var body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.Remove(WebhookSignature.TimestampHeader);
        request.Headers.Remove(WebhookSignature.SignatureHeader);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        return await base.SendAsync(request, cancellationToken);
    }
}
