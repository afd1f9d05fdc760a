using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the feedback and ratings API's texts: FeedbackApiText.resx is Vietnamese, FeedbackApiText.en.resx English.</summary>
public sealed class FeedbackApiText
{
    internal static readonly Texts Texts = new(typeof(FeedbackApiText));
}
