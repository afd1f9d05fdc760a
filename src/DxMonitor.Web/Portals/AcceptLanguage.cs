using System.Globalization;
using DxMonitor.Web.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace DxMonitor.Web.Portals;

/// <summary>
/// Lets a program choose the language of the portals API's finding texts with Accept-Language ("en", "en-GB",
/// "vi;q=0.5, en" …) when neither ?culture= nor the culture cookie chose one. Only this API does it: the other APIs'
/// files and texts stay Vietnamese for browsers, whatever language the browser announces.
/// </summary>
public static class AcceptLanguage
{
    public static async ValueTask<object?> Apply(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IRequestCultureFeature>()?.Provider is null && Chosen(http.Request.Headers.AcceptLanguage) is { } culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }
        return await next(context);
    }

    /// <summary>The supported culture of the highest-quality language in the header, matched by language (en → en-US).</summary>
    public static CultureInfo? Chosen(string? header) =>
        StringWithQualityHeaderValue.TryParseList(header?.Split(','), out var values)
            ? values.Where(v => (v.Quality ?? 1) > 0).OrderByDescending(v => v.Quality ?? 1)
                .Select(v => LocalizedPages.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName.Equals(v.Value.Value?.Split('-')[0], StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(c => c is not null)
            : null;
}
