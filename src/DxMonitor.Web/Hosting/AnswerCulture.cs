using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// The exception handler and the status-code pages wrap the localization middleware, so they run after it has
/// restored the server's culture: they answer in the request's chosen culture again.
/// </summary>
internal static class AnswerCulture
{
    public static void Restore(HttpContext http)
    {
        if (http.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } chosen)
        {
            CultureInfo.CurrentCulture = chosen.Culture;
            CultureInfo.CurrentUICulture = chosen.UICulture;
        }
    }
}
