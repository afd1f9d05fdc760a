using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DxMonitor.PortalBench;

/// <summary>
/// N fixture portals served by one in-process Kestrel on N ports of 127.0.0.1 (one origin each). Portal i has
/// defect kind i % 5: none, no security headers, no search and an image without alt text, a slow server (400 ms),
/// no mobile viewport with a console error, a long task and a broken link.
/// </summary>
public sealed class FixturePortals : IAsyncDisposable
{
    public static readonly string[] Kinds = ["good", "no-headers", "no-search+no-alt", "slow", "no-viewport+js-error+broken-link"];

    private readonly WebApplication _app;

    private FixturePortals(WebApplication app, IReadOnlyList<Uri> urls) => (_app, Urls) = (app, urls);

    public IReadOnlyList<Uri> Urls { get; }

    public static string KindOf(int index) => Kinds[index % Kinds.Length];

    public static async Task<FixturePortals> StartAsync(int count)
    {
        // A port freed by one probe can be handed out again by the next: keep drawing until they are distinct.
        var distinct = new HashSet<int>();
        while (distinct.Count < count)
        {
            distinct.Add(FreePort());
        }
        var ports = distinct.ToList();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => ports.ForEach(port => k.Listen(IPAddress.Loopback, port)));
        var app = builder.Build();
        var kindByPort = ports.Select((port, i) => (port, i)).ToDictionary(x => x.port, x => x.i % Kinds.Length);
        app.MapGet("/", async (HttpContext context) =>
        {
            var kind = kindByPort[context.Connection.LocalPort];
            if (kind == 3)
            {
                await Task.Delay(400);
            }
            if (kind != 1)
            {
                foreach (var (name, value) in Headers)
                {
                    context.Response.Headers[name] = value;
                }
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Pages.Home(search: kind != 2, altText: kind != 2, viewport: kind != 4, script: kind == 4));
        });
        app.MapGet("/mat-trang", () => Results.NotFound());
        app.MapGet("/tai-nguyen.js", () => Results.Text(
            "addEventListener('load', () => setTimeout(() => { const end = performance.now() + 300; while (performance.now() < end) {} " +
            "console.error('Không tải được dữ liệu'); }, 50));", "text/javascript"));
        app.MapGet("/{**page}", (string page) => Results.Content(Pages.Sub(page), "text/html; charset=utf-8"));
        await app.StartAsync();
        return new FixturePortals(app, [.. ports.Select(p => new Uri($"http://127.0.0.1:{p}/"))]);
    }

    private static readonly (string, string)[] Headers =
    [
        ("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"),
        ("Strict-Transport-Security", "max-age=31536000"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", "geolocation=()"),
    ];

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
