using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using DxMonitor.Web.Alerts.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

/// <summary>
/// The notification channels as the web app registers them (<see cref="NotificationSetup.AddAlertNotifications"/>),
/// in a started generic host with fast retry settings and a log recorder.
/// </summary>
public sealed class NotificationHost : IAsyncDisposable
{
    private readonly IHost _host;

    private NotificationHost(IHost host, LogRecorder logs)
    {
        _host = host;
        Logs = logs;
    }

    public LogRecorder Logs { get; }

    public IAlertNotifier Notifier => _host.Services.GetRequiredService<IAlertNotifier>();

    public NotificationDispatcher Dispatcher => _host.Services.GetRequiredService<NotificationDispatcher>();

    public static async Task<NotificationHost> StartAsync(int smtpPort = 25, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:From"] = "DxMonitor <canhbao@dxmonitor.test>",
            ["Notifications:Smtp:Timeout"] = "00:00:05",
            ["Notifications:Webhook:FirstRetryDelay"] = "00:00:00.050",
            ["Notifications:Webhook:AttemptTimeout"] = "00:00:05",
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        var logs = new LogRecorder();
        builder.Logging.AddProvider(logs);
        builder.AddAlertNotifications();
        var host = builder.Build();
        await host.StartAsync();
        return new NotificationHost(host, logs);
    }

    /// <summary>A port on 127.0.0.1 where nothing listens: connecting is refused at once.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

/// <summary>Keeps every log line written, formatted, with its level and category.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
