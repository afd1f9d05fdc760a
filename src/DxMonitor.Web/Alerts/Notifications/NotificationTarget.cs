namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>Where one notification goes: an <see cref="EmailTarget"/> or a <see cref="WebhookTarget"/>.</summary>
public abstract record NotificationTarget
{
    private protected NotificationTarget()
    {
    }

    /// <summary>The channel's name for logs and results: "email" or "webhook".</summary>
    public abstract string Channel { get; }

    /// <summary>The target as logs may show it: no secret, no mailbox name, no URL path (webhook paths often hold tokens).</summary>
    public abstract string Redacted { get; }

    /// <exception cref="ArgumentException">The address is not a valid e-mail address.</exception>
    public static EmailTarget Email(string address) => new(address);

    /// <exception cref="ArgumentException">The URL is not absolute http(s) or the secret is empty.</exception>
    public static WebhookTarget Webhook(Uri url, string secret) => new(url, secret);
}
