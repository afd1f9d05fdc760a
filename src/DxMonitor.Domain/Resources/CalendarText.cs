namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the working-day calendar's rule texts: CalendarText.resx is Vietnamese, CalendarText.en.resx English.</summary>
internal sealed class CalendarText
{
    internal static readonly Texts Texts = new(typeof(CalendarText));
}
