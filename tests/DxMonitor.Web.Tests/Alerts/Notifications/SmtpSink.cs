using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd run by smtp_sink.py as a child process, reporting each
/// message it accepts. test.sh installs python3-aiosmtpd when it is missing.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<ReceivedMail> _mails = Channel.CreateUnbounded<ReceivedMail>();

    private SmtpSink(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<SmtpSink> StartAsync(string? credentials = null)
    {
        var python = Environment.GetEnvironmentVariable("DXMONITOR_TEST_PYTHON") ?? "/usr/bin/python3";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Alerts", "Notifications", "smtp_sink.py"));
        if (credentials is not null)
        {
            start.ArgumentList.Add("--auth");
            start.ArgumentList.Add(credentials);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {python}");
        var stderr = process.StandardError.ReadToEndAsync();
        var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));
        if (first is null || !first.StartsWith("PORT ", StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException(
                $"The SMTP sink did not start (is python3-aiosmtpd installed? test.sh installs it): {first} {await stderr}");
        }
        var sink = new SmtpSink(process, int.Parse(first[5..], System.Globalization.CultureInfo.InvariantCulture));
        _ = Task.Run(sink.ReadMailsAsync);
        return sink;
    }

    /// <summary>The next message the server accepted, waiting a few seconds at most.</summary>
    public async Task<ReceivedMail> NextAsync() => await _mails.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));

    public bool HasMail => _mails.Reader.TryPeek(out _);

    private async Task ReadMailsAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            await _mails.Writer.WriteAsync(JsonSerializer.Deserialize<ReceivedMail>(line, JsonSerializerOptions.Web)
                                           ?? throw new InvalidDataException(line));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

/// <summary>One message as the SMTP server received it; Subject, Text and Html are decoded by Python's e-mail package.</summary>
public sealed record ReceivedMail(string MailFrom, IReadOnlyList<string> RcptTos, string? Login, string Subject,
    string? Text, string? Html, byte[] Data);
