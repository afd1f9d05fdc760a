using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// A program that signs in with an API token chooses the language of the texts it gets back (problems, findings)
/// with Accept-Language ("en", "en-GB", "vi;q=0.5, en" …) when neither ?culture= nor the culture cookie chose
/// one. People in a browser follow the page's language switch instead: their pages, files and texts stay
/// Vietnamese whatever language the browser announces.
/// </summary>
public sealed class ProgramLanguage : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var culture = request.Headers.Authorization.Count > 0 ? Chosen(request.Headers.AcceptLanguage) : null;
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture.Name));
    }

    /// <summary>The supported culture of the highest-quality language in the header, matched by language (en → en-US).</summary>
    public static CultureInfo? Chosen(string? header) =>
        StringWithQualityHeaderValue.TryParseList(header?.Split(','), out var values)
            ? values.Where(v => (v.Quality ?? 1) > 0).OrderByDescending(v => v.Quality ?? 1)
                .Select(v => LocalizedPages.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName.Equals(v.Value.Value?.Split('-')[0], StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(c => c is not null)
            : null;
}
