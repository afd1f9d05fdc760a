using System.Net;
using System.Net.Http.Json;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Accounts;

/// <summary>A unit officer as the account tests need one: an account, a token issued through the API, and a browser signed in.</summary>
public sealed record Officer(string Name, HttpClient Admin, HttpClient Token, HttpClient Browser);

/// <summary>Steps the account tests share: a signed-in officer, a page's form posted as a browser posts it, where a response goes.</summary>
public static class AccountSteps
{
    public const string Password = "Mật-Khẩu-Cán-Bộ-2026";

    /// <summary>Creates an officer of <paramref name="unit"/> with a token issued by an administrator, signed in from a browser.</summary>
    public static async Task<Officer> OfficerAsync(TestApp app, string name, string unit = "P01")
    {
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.tai.khoan"));
        await app.CreateUserAsync(name, Password, Role.UnitOfficer, unit);
        var issued = await Problems.AssertOkAsync(await admin.PostAsJsonAsync($"/api/v1/users/{name}/tokens", new { name = "máy chủ tỉnh" }));
        return new(name, admin, app.Client(issued.GetProperty("secret").GetString()), await SignedInAsync(app, name, Password));
    }

    /// <summary>A new browser signed in as <paramref name="name"/>; the test fails if the sign-in is refused.</summary>
    public static async Task<HttpClient> SignedInAsync(TestApp app, string name, string password)
    {
        var browser = CookieClient.For(app);
        var response = await CookieClient.SignInAsync(browser, name, password);
        Assert.DoesNotContain("error=", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        return browser;
    }

    /// <summary>Posts a page's named form as the browser does, with the anti-forgery token the page gave.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, string form, params (string Name, string Value)[] fields)
    {
        var token = CookieClient.AntiforgeryToken(await browser.GetStringAsync(page));
        var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = form, ["__RequestVerificationToken"] = token }
            .Concat(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));
        return await browser.PostAsync(page, content);
    }

    /// <summary>The change-password page's form, posted.</summary>
    public static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient browser, string current, string next, string? repeated = null, string page = "/account/password") =>
        PostFormAsync(browser, page, "password",
            ("Input.CurrentPassword", current), ("Input.NewPassword", next), ("Input.ConfirmPassword", repeated ?? next));

    /// <summary>A status and, for a redirect, the path it sends to: what a browser sees of a response.</summary>
    public static async Task<(HttpStatusCode Status, string? To)> SeenAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, response.Headers.Location is { } to ? new Uri(client.BaseAddress!, to).AbsolutePath : null); // BaseAddress: set by every client of TestApp
    }

    /// <summary>The actions of a user's account audit, newest first.</summary>
    public static async Task<List<string?>> AuditActionsAsync(HttpClient admin, string user)
    {
        var audit = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/audit/accounts?user={user}");
        return [.. audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString())];
    }
}
