namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the explanations of progress against a target: ProgressText.resx is Vietnamese, ProgressText.en.resx English.</summary>
internal sealed class ProgressText
{
    internal static readonly Texts Texts = new(typeof(ProgressText));
}
