namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the period codes' and types' texts: PeriodText.resx is Vietnamese, PeriodText.en.resx English.</summary>
internal sealed class PeriodText
{
    internal static readonly Texts Texts = new(typeof(PeriodText));
}
