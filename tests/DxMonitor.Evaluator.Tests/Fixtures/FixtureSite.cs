using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DxMonitor.Evaluator.Tests.Fixtures;

/// <summary>
/// A fixture portal: real Kestrel on 127.0.0.1, or another loopback address (HTTPS when given a certificate) serving what the test maps, and
/// recording every request (path, user agent) and the most requests it served at once.
/// </summary>
public sealed class FixtureSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _inFlight;
    private int _maxInFlight;

    private FixtureSite(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!; // set by StartAsync before the site is handed out

    public ConcurrentQueue<(string Path, string UserAgent)> Requests { get; } = new();

    public int MaxInFlight => _maxInFlight;

    public static async Task<FixtureSite> StartAsync(Action<WebApplication> map, X509Certificate2? certificate = null, IPAddress? address = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address ?? IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var site = new FixtureSite(builder.Build());
        site._app.Use(async (context, next) =>
        {
            site.Requests.Enqueue((context.Request.Path + context.Request.QueryString, context.Request.Headers.UserAgent.ToString()));
            var now = Interlocked.Increment(ref site._inFlight);
            InterlockedMax(ref site._maxInFlight, now);
            try
            {
                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref site._inFlight);
            }
        });
        map(site._app);
        await site._app.StartAsync();
        // Kestrel always has the addresses feature.
        var listening = site._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        site.Url = new Uri(listening.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return site;
    }

    /// <summary>A portal serving one HTML page at "/" with the given headers, plus whatever else <paramref name="more"/> maps.</summary>
    public static Task<FixtureSite> PortalAsync(string html, IReadOnlyDictionary<string, string>? headers = null, X509Certificate2? certificate = null,
        Action<WebApplication>? more = null, TimeSpan? delay = null, IPAddress? address = null) => StartAsync(app =>
        {
            app.MapGet("/", async (HttpContext context) =>
            {
                if (delay is { } wait)
                {
                    await Task.Delay(wait);
                }
                foreach (var (name, value) in headers ?? PortalPages.SecureHeaders)
                {
                    context.Response.Headers.Append(name, value);
                }
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(html);
            });
            app.MapGet("/{**page}", (string page) => Results.Content(PortalPages.SubPage(page), "text/html; charset=utf-8"));
            more?.Invoke(app);
        }, certificate, address);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
