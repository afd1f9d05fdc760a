using Microsoft.AspNetCore.Http.Extensions;

namespace DxMonitor.Web.Layout;

/// <summary>The current page in the other language: same path and query, with ?culture= set (a bare "?culture=" would resolve against the base href, the home page).</summary>
public static class LanguageLink
{
    public static string To(HttpContext? http, string culture)
    {
        if (http is null)
        {
            return $"/?culture={Uri.EscapeDataString(culture)}";
        }
        var query = new QueryBuilder(http.Request.Query.Where(q => q.Key != "culture")
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))))
        {
            { "culture", culture },
        };
        return http.Request.PathBase + http.Request.Path + query.ToQueryString();
    }
}
