using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Periods;

internal static class PeriodTypeNames
{
    private static readonly Texts Text = new(typeof(PeriodText));

    /// <summary>The type's name inside a sentence, in the current UI culture: "quý", "quarter".</summary>
    public static string InWords(this PeriodType type) => Text.Format($"PeriodType_{type}");
}
