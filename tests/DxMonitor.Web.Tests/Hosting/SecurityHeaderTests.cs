using System.Net;
using System.Net.Http.Json;
using System.Text;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Hosting;

/// <summary>Every kind of answer carries the security headers: pages, API JSON, problems, static files, redirects.</summary>
public sealed class SecurityHeaderTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    internal static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        var csp = Header(response, "Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'" })
        {
            Assert.True(csp.Contains(directive, StringComparison.Ordinal), $"{what}: the policy lacks {directive}: {csp}");
        }
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal(("nosniff", "DENY", "strict-origin-when-cross-origin"),
            (Header(response, "X-Content-Type-Options"), Header(response, "X-Frame-Options"), Header(response, "Referrer-Policy")));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    internal static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";

    private static HttpClient NoRedirects(TestApp app, string? token = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }
        return client;
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_kind_of_answer_carries_the_security_headers(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var anonymous = NoRedirects(app);
        var analyst = NoRedirects(app, await app.TokenForAsync(Role.NationalAnalyst));

        var answers = new (string What, HttpResponseMessage Response, HttpStatusCode Status)[]
        {
            ("page", await anonymous.GetAsync("/"), HttpStatusCode.OK),
            ("page with a form", await anonymous.GetAsync("/account/login"), HttpStatusCode.OK),
            ("unknown page", await anonymous.GetAsync("/no-such-page"), HttpStatusCode.NotFound),
            ("API JSON", await anonymous.GetAsync("/api/v1/periods/2024Q1"), HttpStatusCode.OK),
            ("problem 404", await anonymous.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound),
            ("problem 422 from the exception handler", await anonymous.GetAsync("/api/v1/periods/2024Q9"), HttpStatusCode.UnprocessableEntity),
            ("problem 400 for an unreadable body", await analyst.PutAsync("/api/v1/values/PRV.FIBRE_HOUSEHOLDS_RATE/P01/2024Q1",
                new StringContent("{\"value\": ", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest),
            ("problem 401", await anonymous.PutAsJsonAsync("/api/v1/values/PRV.FIBRE_HOUSEHOLDS_RATE/P01/2024Q1", new { value = 1 }), HttpStatusCode.Unauthorized),
            ("stylesheet", await anonymous.GetAsync("/css/site.css"), HttpStatusCode.OK),
            ("script", await anonymous.GetAsync("/lib/echarts/echarts.dxmonitor.min.js"), HttpStatusCode.OK),
            ("map boundaries", await anonymous.GetAsync("/maps/vn-provinces-34.json"), HttpStatusCode.OK),
            ("redirect to sign-in", await anonymous.GetAsync("/audit"), HttpStatusCode.Redirect),
            ("health", await anonymous.GetAsync("/health"), HttpStatusCode.OK),
        };

        foreach (var (what, response, status) in answers)
        {
            Assert.True(status == response.StatusCode, $"{what}: {response.StatusCode}");
            AssertSecurityHeaders(response, what);
            Assert.Equal("", Header(response, "Strict-Transport-Security")); // plain HTTP: no HSTS
        }
        Assert.Contains("/account/login", answers[^2].Response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frame_protection_is_on_every_page_not_only_the_first_that_issues_an_antiforgery_cookie()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = CookieClient.For(app);

        var first = await client.GetAsync("/account/login");
        var second = await client.GetAsync("/account/login");
        var signedIn = await CookieClient.SignInAsync(client, "admin", TestApp.AdminPassword);

        Assert.Contains(first.Headers, h => h.Key == "Set-Cookie");
        Assert.DoesNotContain(second.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.Contains("Antiforgery", StringComparison.Ordinal)));
        foreach (var (what, response) in new[] { ("first", first), ("second", second), ("sign-in redirect", signedIn) })
        {
            AssertSecurityHeaders(response, what);
        }
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }
}
