using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Reporting;

public static class ReportStateNames
{
    /// <summary>The state inside a sentence, in the current UI culture: "đã gửi", "submitted".</summary>
    public static string InWords(this ReportState state) => ReportingText.Texts.Format($"ReportState_{state}");

    /// <summary>The state inside a Vietnamese sentence whatever the current culture, for texts stored in Vietnamese (alert evidence).</summary>
    public static string InVietnamese(this ReportState state) =>
        ReportingText.Texts.FormatIn(System.Globalization.CultureInfo.GetCultureInfo("vi"), $"ReportState_{state}");
}
