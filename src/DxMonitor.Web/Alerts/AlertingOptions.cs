namespace DxMonitor.Web.Alerts;

/// <summary>Where alert notifications go (section "Alerting").</summary>
public sealed class AlertingOptions
{
    public const string Section = "Alerting";

    /// <summary>The address people open the alert pages at, for links in notifications.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080");

    public List<Subscription> Subscriptions { get; set; } = [];
}
