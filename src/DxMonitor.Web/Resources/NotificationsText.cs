using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the notification deliveries page's texts: NotificationsText.resx is Vietnamese, NotificationsText.en.resx English.</summary>
public sealed class NotificationsText
{
    internal static readonly Texts Texts = new(typeof(NotificationsText));
}
