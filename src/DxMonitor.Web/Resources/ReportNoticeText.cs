using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the reporting notices' texts (stored in both languages on the alert): ReportNoticeText.resx is Vietnamese, ReportNoticeText.en.resx English.</summary>
public sealed class ReportNoticeText
{
    internal static readonly Texts Texts = new(typeof(ReportNoticeText));
}
