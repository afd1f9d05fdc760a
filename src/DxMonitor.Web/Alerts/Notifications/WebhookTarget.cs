namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>A receiver's URL and the secret shared with it to sign each request (see docs/notifications.md).</summary>
public sealed record WebhookTarget : NotificationTarget
{
    public WebhookTarget(Uri url, string secret)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("A webhook URL must be an absolute http or https URL.", nameof(url));
        }
        Url = url;
        Secret = secret;
    }

    public Uri Url { get; }

    /// <summary>The shared secret; never printed by <see cref="ToString"/> nor logged.</summary>
    public string Secret { get; }

    public override string Channel => "webhook";

    public override string Redacted => Url.GetLeftPart(UriPartial.Authority);

    public override string ToString() => $"webhook {Redacted}";
}
