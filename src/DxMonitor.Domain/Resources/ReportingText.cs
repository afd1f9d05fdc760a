namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the report workflow's texts: ReportingText.resx is Vietnamese, ReportingText.en.resx English.</summary>
internal sealed class ReportingText
{
    internal static readonly Texts Texts = new(typeof(ReportingText));
}
