using DxMonitor.Domain.Alerts;

namespace DxMonitor.Web.Alerts;

/// <summary>
/// Who hears about a unit's alerts: an e-mail address or a signed webhook, for the unit itself or (with
/// <see cref="IncludeDescendants"/>) every unit below it, from a minimum severity. Escalated alerts also reach
/// the subscribers of the ancestor they escalated to.
/// </summary>
public sealed class Subscription
{
    public string Unit { get; set; } = "";
    public string? Email { get; set; }
    public Uri? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }
    public bool IncludeDescendants { get; set; }
    public AlertSeverity MinSeverity { get; set; } = AlertSeverity.Warning;
}
