using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DxMonitor.Web.Layout;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// Server-rendered pages in Vietnamese (default) and English: ?culture=en, or the culture cookie; programs with
/// an API token may also ask by Accept-Language (<see cref="ProgramLanguage"/>).
/// </summary>
public static class LocalizedPages
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static void AddLocalizedPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddRazorComponents();
        // Vietnamese letters are written as themselves, not as &#x...; entities.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new CookieRequestCultureProvider(),
                new ProgramLanguage(),
            ];
        });
    }

    public static void UseLocalizedPages(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(RememberChosenCulture);
    }

    /// <summary>A culture chosen by ?culture= is kept in the culture cookie for the pages that follow.</summary>
    private static Task RememberChosenCulture(HttpContext http, Func<Task> next)
    {
        if (http.Request.Query.ContainsKey("culture"))
        {
            var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture ?? new RequestCulture(Cultures[0]);
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(culture),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
        }
        return next();
    }

    public static RazorComponentsEndpointConventionBuilder MapPages(this WebApplication app) => app.MapRazorComponents<App>();
}
