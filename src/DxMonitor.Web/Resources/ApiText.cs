using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the API's common answers (problem titles and details, input checks): ApiText.resx is Vietnamese, ApiText.en.resx English.</summary>
public sealed class ApiText
{
    internal static readonly Texts Texts = new(typeof(ApiText));
}
