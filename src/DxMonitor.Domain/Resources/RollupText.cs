namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the reasons a roll-up has no value: RollupText.resx is Vietnamese, RollupText.en.resx English.</summary>
internal sealed class RollupText
{
    internal static readonly Texts Texts = new(typeof(RollupText));
}
