using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.CookiePolicy;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// The headers every answer carries (pages, API, static files, problems, redirects), HSTS over HTTPS, and every
/// cookie Secure when the request came over HTTPS (directly or through a trusted proxy, see <see cref="ForwardedRequests"/>).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles only from our own files (ECharts is vendored under lib/), no inline script, style or
    /// handler, no plugins, no framing, forms posting only here. img data: is the layout's empty favicon. ADR 019.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public const string StrictTransportSecurity = "max-age=31536000";

    public static void AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        // X-Frame-Options comes from here on every answer, not from antiforgery (SAMEORIGIN, on token-bearing pages only).
        builder.Services.Configure<AntiforgeryOptions>(options => options.SuppressXFrameOptionsHeader = true);
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = HttpOnlyPolicy.Always;
        });
    }

    public static void UseSecurityHeaders(this WebApplication app)
    {
        app.Use(AddHeadersWhenStarting);
        app.UseCookiePolicy();
    }

    /// <summary>
    /// Written as the answer starts rather than now: the exception handler clears the headers before it writes a
    /// problem (400, 413, 422, 500), and those answers need them too.
    /// </summary>
    private static Task AddHeadersWhenStarting(HttpContext http, Func<Task> next)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            // An endpoint that set a stricter policy of its own (a downloaded document's sandbox) keeps it.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            // As the framework's HSTS middleware does, not for a developer's localhost, which would stick to HTTPS.
            if (http.Request.IsHttps && !IsLoopback(http.Request.Host.Host))
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }
            return Task.CompletedTask;
        });
        return next();
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
