using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Hosting;

/// <summary>
/// X-Forwarded-For / -Proto are believed only from a configured proxy. The tests' client connects from 127.0.0.1,
/// so one app lists 127.0.0.1 as a proxy (it then stands for the reverse proxy) and the other lists nothing.
/// </summary>
public sealed class ForwardedHeaderTests
{
    private static readonly Dictionary<string, string> BehindProxy = new() { ["Hosting:KnownProxies:0"] = "127.0.0.1" };
    private const string Fibre = "PRV.FIBRE_HOUSEHOLDS_RATE";

    private static HttpRequestMessage From(HttpMethod method, string path, string? forwardedFor = null, string? proto = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }
        return request;
    }

    private static async Task<List<HttpStatusCode>> SignInAttemptsAsync(TestApp app, params string[] clients)
    {
        var http = app.Client();
        var statuses = new List<HttpStatusCode>();
        foreach (var client in clients)
        {
            var attempt = From(HttpMethod.Post, "/account/signin", client, content: new FormUrlEncodedContent(new Dictionary<string, string>()));
            statuses.Add((await http.SendAsync(attempt)).StatusCode);
        }
        return statuses;
    }

    [Fact]
    public async Task Without_a_configured_proxy_every_sign_in_attempt_counts_against_the_socket_address()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string> { ["Accounts:SignInsPerMinute"] = "2" });

        var statuses = await SignInAttemptsAsync(app, "203.0.113.10", "203.0.113.10", "203.0.113.20");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]); // a made-up X-Forwarded-For does not buy new attempts
    }

    [Fact]
    public async Task Behind_a_configured_proxy_sign_in_attempts_count_per_real_client()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string>(BehindProxy) { ["Accounts:SignInsPerMinute"] = "2" });

        var statuses = await SignInAttemptsAsync(app, "203.0.113.10", "203.0.113.10", "203.0.113.20", "203.0.113.10");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_audit_records_the_socket_address_unless_a_configured_proxy_names_the_client(DatabaseProvider provider)
    {
        await using var direct = await TestApp.StartAsync(provider);
        await using var proxied = await TestApp.StartAsync(provider, BehindProxy);

        var unbelieved = await AuditedAddressAsync(direct, "2023Q1", "203.0.113.7");
        var believed = await AuditedAddressAsync(proxied, "2023Q1", "203.0.113.7");
        // The client may claim any X-Forwarded-For; the proxy appends the address it saw, and only that is believed.
        var spoofed = await AuditedAddressAsync(proxied, "2023Q2", "198.51.100.1, 203.0.113.8");

        Assert.Equal("127.0.0.1", unbelieved);
        Assert.Equal("203.0.113.7", believed);
        Assert.Equal("203.0.113.8", spoofed);
    }

    /// <summary>Writes a value as an analyst from <paramref name="forwardedFor"/>; returns the address its audit recorded.</summary>
    private static async Task<string?> AuditedAddressAsync(TestApp app, string period, string forwardedFor)
    {
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var write = From(HttpMethod.Put, $"/api/v1/values/{Fibre}/P01/{period}", forwardedFor, content: JsonContent.Create(new { value = 91.5 }));
        await Problems.AssertOkAsync(await analyst.SendAsync(write));
        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/values/{Fibre}/P01/{period}/history");
        return Assert.Single(history.EnumerateArray()).GetProperty("clientAddress").GetString();
    }
}
