using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the answers given while the database does not answer: OutageText.resx is Vietnamese, OutageText.en.resx English.</summary>
public sealed class OutageText
{
    internal static readonly Texts Texts = new(typeof(OutageText));
}
