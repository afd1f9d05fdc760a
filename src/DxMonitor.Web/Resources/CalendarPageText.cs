using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the working-day calendar page's texts: CalendarPageText.resx is Vietnamese, CalendarPageText.en.resx English.</summary>
public sealed class CalendarPageText
{
    internal static readonly Texts Texts = new(typeof(CalendarPageText));
}
