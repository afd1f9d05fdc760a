using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the texts of reporting rounds and reports: ReportingText.resx is Vietnamese, ReportingText.en.resx English.</summary>
public sealed class ReportingText
{
    internal static readonly Texts Texts = new(typeof(ReportingText));
}
