using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

/// <summary>
/// A real webhook receiver: a small Kestrel app on 127.0.0.1 that records every request and answers with the
/// scripted statuses in turn (the last one repeats), or <see cref="Answering"/> when set. A status of 0 means never
/// answering. Failures carry a Retry-After header when <see cref="RetryAfterSeconds"/> is set.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private const string Path = "/hooks/dxmonitor/T0KEN-in-the-path";
    private readonly WebApplication _app;
    private readonly int[] _statuses;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _inFlight;
    private int _count;

    private WebhookReceiver(WebApplication app, int[] statuses, TimeSpan delay)
    {
        _app = app;
        _statuses = statuses;
        Delay = delay;
    }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri Url => new(new Uri(_app.Urls.Single()), Path);

    /// <summary>The status every request gets from now on, instead of the script.</summary>
    public int? Answering { get; set; }

    public int? RetryAfterSeconds { get; set; }

    /// <summary>How long each answer takes.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Most requests being answered at the same time.</summary>
    public int MostInFlight { get; private set; }

    public static async Task<WebhookReceiver> StartAsync(int[] statuses, TimeSpan delay = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, statuses.Length > 0 ? statuses : [204], delay);
        app.MapPost(Path, receiver.AnswerAsync);
        await app.StartAsync();
        return receiver;
    }

    public static Task<WebhookReceiver> StartAsync(params int[] statuses) => StartAsync(statuses, default);

    private async Task AnswerAsync(HttpContext http)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        lock (Requests)
        {
            MostInFlight = Math.Max(MostInFlight, inFlight);
        }
        try
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var index = Interlocked.Increment(ref _count) - 1;
            Requests.Enqueue(new ReceivedRequest(headers, body.ToArray(), _clock.Elapsed));
            var status = Answering ?? _statuses[Math.Min(index, _statuses.Length - 1)];
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, http.RequestAborted);
            }
            if (status == 0)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted);
            }
            http.Response.StatusCode = status;
            if (status >= 400 && RetryAfterSeconds is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (status is >= 300 and < 400)
            {
                http.Response.Headers.Location = "/elsewhere";
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedRequest(IReadOnlyDictionary<string, string> Headers, byte[] Body, TimeSpan At)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
