using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Periods;

internal static class PeriodTypeNames
{
    /// <summary>The type's name inside a sentence, in the current UI culture: "quý", "quarter".</summary>
    public static string InWords(this PeriodType type) => PeriodText.Texts.Format($"PeriodType_{type}");
}
