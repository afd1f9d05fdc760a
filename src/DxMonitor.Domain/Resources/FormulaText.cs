namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the texts of a formula's parse and checks: FormulaText.resx is Vietnamese, FormulaText.en.resx English.</summary>
internal sealed class FormulaText
{
    internal static readonly Texts Texts = new(typeof(FormulaText));
}
