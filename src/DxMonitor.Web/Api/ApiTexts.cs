using DxMonitor.Domain.Resources;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Api;

/// <summary>The API's common texts (ApiText.resx: problem titles, unknown codes, input checks) in the request's language.</summary>
public static class ApiTexts
{
    private static readonly Texts Texts = new(typeof(ApiText));

    public static string Format(string key, params object?[] arguments) => Texts.Format(key, arguments);
}
