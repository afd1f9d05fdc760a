using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Reporting;

public static class ReportStateNames
{
    /// <summary>The state inside a sentence, in the current UI culture: "đã gửi", "submitted".</summary>
    public static string InWords(this ReportState state) => ReportingText.Texts.Format($"ReportState_{state}");
}
