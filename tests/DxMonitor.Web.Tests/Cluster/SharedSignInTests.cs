using System.Net;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>
/// One key ring for all instances: a browser whose requests a load balancer spreads over two instances signs in with
/// the form of one and the post to the other, then stays signed in on both.
/// </summary>
[Collection(OnTwoInstances.Name)]
public sealed class SharedSignInTests(TwoInstances instances)
{
    [Fact]
    public async Task A_sign_in_form_from_one_instance_posted_to_the_other_signs_in_on_both()
    {
        var (a, b) = (instances.A.Address, instances.B.Address);
        // Cookies belong to the host, not the port: one jar serves both instances, as a browser behind one name would.
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });

        var form = await browser.GetStringAsync(new Uri(a, "/account/login"));
        var signIn = await browser.PostAsync(new Uri(b, "/account/signin"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = TestApp.AdminPassword,
            ["ReturnUrl"] = "/alerts",
            ["__RequestVerificationToken"] = CookieClient.AntiforgeryToken(form),
        }));
        var onA = await browser.GetAsync(new Uri(a, "/alerts"));
        var onB = await browser.GetAsync(new Uri(b, "/alerts"));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/alerts", signIn.Headers.Location?.OriginalString);
        foreach (var page in new[] { onA, onB })
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<span class=\"user\">admin</span>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
