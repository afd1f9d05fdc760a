namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the texts about typed numbers: NumberText.resx is Vietnamese, NumberText.en.resx English.</summary>
internal sealed class NumberText
{
    internal static readonly Texts Texts = new(typeof(NumberText));
}
