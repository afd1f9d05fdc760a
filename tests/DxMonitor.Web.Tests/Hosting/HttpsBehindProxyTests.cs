using System.Net;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Hosting;

/// <summary>
/// A reverse proxy ends TLS and says so with X-Forwarded-Proto: https. Believed (the proxy is configured), every cookie
/// is Secure and HSTS is sent; from anyone else the header changes nothing.
/// </summary>
public sealed class HttpsBehindProxyTests
{
    private const string PublicHost = "dxmonitor.example.gov.vn";

    /// <summary>What the browser behind the proxy receives while it opens the sign-in page in English and signs in.</summary>
    private sealed record Visit(IReadOnlyList<string> Cookies, string PageHsts, string ProblemHsts, string LoopbackHsts);

    private static async Task<Visit> SignInOverHttpsAsync(IReadOnlyDictionary<string, string>? settings)
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, settings);
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Address };
        HttpRequestMessage Https(HttpMethod method, string path, string host = PublicHost)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Host = host;
            return request;
        }

        var page = await http.SendAsync(Https(HttpMethod.Get, "/account/login?culture=en"));
        var pageCookies = SetCookies(page);
        var signIn = Https(HttpMethod.Post, "/account/signin");
        // A Secure cookie goes back only over HTTPS, which the browser has with the proxy: sent by hand here.
        signIn.Headers.Add("Cookie", string.Join("; ", pageCookies.Select(c => c.Split(';')[0])));
        signIn.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = TestApp.AdminPassword,
            ["__RequestVerificationToken"] = CookieClient.AntiforgeryToken(await page.Content.ReadAsStringAsync()),
        });
        var signedIn = await http.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        var problem = await http.SendAsync(Https(HttpMethod.Get, "/api/v1/periods/2024Q9"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, problem.StatusCode);
        var loopback = await http.SendAsync(Https(HttpMethod.Get, "/", host: app.Address.Authority));

        return new([.. pageCookies, .. SetCookies(signedIn)], Hsts(page), Hsts(problem), Hsts(loopback));
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    private static string Hsts(HttpResponseMessage response) => SecurityHeaderTests.Header(response, "Strict-Transport-Security");

    private static bool IsSecure(string cookie) =>
        cookie.Split(';').Skip(1).Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Behind_a_configured_proxy_over_https_the_auth_antiforgery_and_culture_cookies_are_Secure_and_HSTS_is_sent()
    {
        var visit = await SignInOverHttpsAsync(new Dictionary<string, string> { ["Hosting:KnownProxies:0"] = "127.0.0.1" });

        foreach (var name in new[] { ".AspNetCore.Culture=", ".AspNetCore.Antiforgery.", "dxmonitor.auth=" })
        {
            var cookie = Assert.Single(visit.Cookies, c => c.StartsWith(name, StringComparison.Ordinal));
            Assert.True(IsSecure(cookie), $"not Secure: {cookie}");
        }
        Assert.Equal(("max-age=31536000", "max-age=31536000"), (visit.PageHsts, visit.ProblemHsts));
        Assert.Equal("", visit.LoopbackHsts); // as the framework does: a developer's localhost is never pinned to HTTPS
    }

    [Fact]
    public async Task Without_a_configured_proxy_X_Forwarded_Proto_makes_no_cookie_Secure_and_sends_no_HSTS()
    {
        var visit = await SignInOverHttpsAsync(null);

        Assert.Equal(3, visit.Cookies.Count);
        Assert.All(visit.Cookies, c => Assert.False(IsSecure(c), $"Secure over plain HTTP: {c}"));
        Assert.Equal(("", "", ""), (visit.PageHsts, visit.ProblemHsts, visit.LoopbackHsts));
    }
}
