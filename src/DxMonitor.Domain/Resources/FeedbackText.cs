namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the feedback and rating rules' texts: FeedbackText.resx is Vietnamese, FeedbackText.en.resx English.</summary>
internal sealed class FeedbackText
{
    internal static readonly Texts Texts = new(typeof(FeedbackText));
}
