using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>How notifications are fanned out; each channel has its own section below this one.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Most targets sent to at once.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;
}
