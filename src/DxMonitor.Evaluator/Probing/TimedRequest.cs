using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// One GET timed phase by phase (DNS, connect, TLS, first byte, last byte) over a raw socket, so each phase is
/// measured by itself rather than hidden in a client's pool. Reads at most the configured body size and gives up
/// after the request timeout; never throws for what the portal does. Connects only to addresses
/// <see cref="AddressRules"/> permits; a refusal is the probe's error.
/// </summary>
public sealed class TimedRequest(EvaluatorOptions options, AddressRules rules)
{
    public async Task<ConnectionTiming> RunAsync(Uri url, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        TimeSpan Elapsed() => Stopwatch.GetElapsedTime(started);
        TimeSpan? dns = null, connect = null, tls = null, firstByte = null;
        int? status = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            var addresses = await rules.ResolveAsync(url.DnsSafeHost, timeout.Token);
            dns = Elapsed();
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(addresses, url.Port, timeout.Token);
            connect = Elapsed();
            await using var network = new NetworkStream(socket, ownsSocket: false);
            // Any certificate is accepted here only to time the request; TlsInspector reports its defects.
            await using var ssl = url.Scheme == Uri.UriSchemeHttps ? new SslStream(network, true, (_, _, _, _) => true) : null;
            if (ssl is not null)
            {
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = url.IdnHost }, timeout.Token);
                tls = Elapsed();
            }
            Stream stream = ssl is null ? network : ssl;
            var request = $"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nUser-Agent: {options.UserAgent}\r\n" +
                "Accept: text/html,*/*;q=0.8\r\nAccept-Language: vi,en;q=0.5\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
            var buffer = new byte[16 * 1024];
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                if (firstByte is null)
                {
                    firstByte = Elapsed();
                    status = ParseStatus(buffer.AsSpan(0, read));
                }
                total += read;
                if (total >= options.MaxBodyBytes)
                {
                    break;
                }
            }
            if (status is null)
            {
                return new(dns, connect, tls, firstByte, Elapsed(), null, Phrase.Of(firstByte is null ? "closed-without-response" : "not-http").ToString());
            }
            return new(dns, connect, tls, firstByte, Elapsed(), status, null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(dns, connect, tls, firstByte, null, status, FailureReason.Timeout(options.RequestTimeout));
        }
        catch (Exception e) when (e is SocketException or IOException or AuthenticationException or ObjectDisposedException)
        {
            return new(dns, connect, tls, firstByte, null, status, FailureReason.Of(e));
        }
    }

    private static int? ParseStatus(ReadOnlySpan<byte> start)
    {
        // "HTTP/1.1 200 OK": the status is the three digits after the first space.
        var text = Encoding.ASCII.GetString(start[..Math.Min(start.Length, 32)]);
        if (!text.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return null;
        }
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && space + 4 <= text.Length && int.TryParse(text.AsSpan(space + 1, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? code : null;
    }
}
