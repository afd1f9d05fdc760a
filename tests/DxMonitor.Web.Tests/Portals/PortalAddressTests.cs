using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Portals;
using DxMonitor.Evaluator.Tests.Fixtures;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Portals;

/// <summary>
/// Server-side request forgery: a portal's address must be on the public internet, checked after resolving its name,
/// at registration (API and page) and again at every connection of an evaluation, unless Evaluator:AllowedNetworks
/// allows its network. These apps allow nothing, as production does by default.
/// </summary>
public sealed class PortalAddressTests(PublicOnlyPortalApps apps) : IClassFixture<PublicOnlyPortalApps>
{
    private const string Password = "Mật-Khẩu-Cổng-Nội-Bộ-2026";

    private static readonly (string Url, string Address, string Network)[] Internal =
    [
        ("http://127.0.0.1/", "127.0.0.1", "127.0.0.0/8"),
        ("http://localhost:8080/quan-tri", "", ""),
        ("http://127.1/", "127.0.0.1", "127.0.0.0/8"),
        ("http://2130706433/", "127.0.0.1", "127.0.0.0/8"),
        ("http://0x7f.0.0.1/", "127.0.0.1", "127.0.0.0/8"),
        ("http://0177.0.0.1/", "127.0.0.1", "127.0.0.0/8"),
        ("http://[::1]/", "::1", "::1/128"),
        ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1", "127.0.0.0/8"),
        ("http://0.0.0.0/", "0.0.0.0", "0.0.0.0/8"),
        ("http://[::]/", "::", "::/128"),
        ("http://10.0.0.5/", "10.0.0.5", "10.0.0.0/8"),
        ("https://172.16.0.1/", "172.16.0.1", "172.16.0.0/12"),
        ("http://192.168.1.1:8443/", "192.168.1.1", "192.168.0.0/16"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254", "169.254.0.0/16"),
        ("http://100.64.0.1/", "100.64.0.1", "100.64.0.0/10"),
        ("http://[fe80::1]/", "fe80::1", "fe80::/10"),
        ("http://[fd00::1]/", "fd00::1", "fc00::/7"),
        ("http://224.0.0.1/", "224.0.0.1", "224.0.0.0/4"),
    ];

    public static TheoryData<DatabaseProvider, string, string, string> InternalAddresses()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var (url, address, network) in Internal)
            {
                data.Add(provider, url, address, network);
            }
        }
        return data;
    }

    [Theory, MemberData(nameof(InternalAddresses))]
    public async Task Registering_an_address_that_reaches_an_internal_network_is_refused_422_naming_the_url(
        DatabaseProvider provider, string url, string address, string network)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.ssrf"));
        var before = await app.QueryAsync(db => db.Portals.CountAsync());

        var response = await officer.PostAsJsonAsync("/api/v1/portals", new { unit = "P01", url, kind = "PublicServicePortal" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("url", problem.GetProperty("field").GetString());
        Assert.Equal("Address not on a public network", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains(address.Length > 0 ? $"its address {address} is in {network}, which is not a public network" : "which is not a public network", detail, StringComparison.Ordinal);
        Assert.Contains("Evaluator:AllowedNetworks", detail, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Portals.CountAsync()));
    }

    [Fact]
    public async Task The_portals_page_refuses_an_internal_address_in_Vietnamese_and_stores_nothing()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.tttt.trang.cong", Password, Role.UnitOfficer, "P01");
        var browser = CookieClient.For(app);
        (await CookieClient.SignInAsync(browser, "so.tttt.trang.cong", Password)).Dispose();
        var token = CookieClient.AntiforgeryToken(await browser.GetStringAsync("/portals"));

        var page = await browser.PostAsync("/portals", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "register",
            ["__RequestVerificationToken"] = token,
            ["Input.Unit"] = "P01",
            ["Input.Url"] = "http://localhost:5080/api/v1/users",
            ["Input.Kind"] = "PublicServicePortal",
        }));

        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Địa chỉ này không nằm trên Internet công cộng nên không được đánh giá.", html, StringComparison.Ordinal);
        Assert.Contains("Không đăng ký được localhost: địa chỉ", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Portals.CountAsync(p => p.Url.Contains("localhost"))));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_portal_stored_with_an_internal_address_is_evaluated_without_a_connection_and_the_refusal_is_noted(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home());
        // As if registered while its network was allowed, or before the rule: the evaluation checks again.
        var id = await app.QueryAsync(async db =>
        {
            var portal = new Portal
            {
                UnitId = await db.Units.Where(u => u.Code == "P11").Select(u => u.Id).SingleAsync(),
                Url = site.Url.ToString(),
                Kind = PortalKind.PublicServicePortal,
                RegisteredBy = "test",
                RegisteredAt = TimeProvider.System.GetUtcNow().UtcDateTime
            };
            db.Portals.Add(portal);
            await db.SaveChangesAsync();
            return portal.Id;
        });
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P11", user: "so.tttt.dien.bien"), language: null);

        var evaluation = await Problems.AssertOkAsync(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null));

        Assert.Empty(site.Requests);
        Assert.Equal("E", evaluation.GetProperty("grade").GetString());
        var refusal = evaluation.GetProperty("observations").EnumerateArray().Single(o => o.GetProperty("code").GetString() == "forbidden-address");
        Assert.Equal("Không kết nối tới 127.0.0.1: địa chỉ thuộc dải 127.0.0.0/8, không phải mạng công cộng", refusal.GetProperty("message").GetString());
        Assert.Equal(site.Url.ToString(), refusal.GetProperty("url").GetString());
        var english = await officer.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/portals/{id}/evaluations/latest") { Headers = { { "Accept-Language", "en" } } });
        Assert.Contains("The evaluator did not connect to 127.0.0.1: the address is in 127.0.0.0/8, not a public network",
            (await Problems.AssertOkAsync(english)).GetProperty("observations").ToString(), StringComparison.Ordinal);
    }
}
