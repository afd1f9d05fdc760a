using System.Net;
using System.Text.RegularExpressions;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like HTTP client on the real socket: keeps cookies and shows redirects instead of following them, so
/// tests can post forms (with or without the page's anti-forgery token) the way a browser or an attacker would.
/// </summary>
public static partial class CookieClient
{
    public static HttpClient For(TestApp app) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = app.Address };

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password, string? returnUrl = null, bool withToken = true)
    {
        var form = await client.GetStringAsync("/account/login");
        var fields = new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password, ["ReturnUrl"] = returnUrl ?? "" };
        if (withToken)
        {
            fields["__RequestVerificationToken"] = AntiforgeryToken(form);
        }
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(fields));
    }

    /// <summary>The anti-forgery token of the first form on a page.</summary>
    public static string AntiforgeryToken(string page) => AntiforgeryField().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
