using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Browser;

/// <summary>
/// Chromium's only way out during a measurement: a forward proxy on 127.0.0.1 for one browser context (Playwright
/// sends loopback through a context's proxy too) that connects through <see cref="AddressRules"/>. Chromium then never
/// resolves or connects by itself, so navigations, sub-resources, scripts' fetches, WebSockets and preconnects to a
/// forbidden address, or to a name that rebinds to one, are answered 403 and recorded. Allowed traffic is relayed byte
/// for byte (CONNECT tunnels for TLS), so Chromium's timings and byte counts still see the real server.
/// </summary>
public sealed class GuardedProxy : IAsyncDisposable
{
    private const int MaxHeadBytes = 64 * 1024;
    private static readonly string[] HopByHop = ["connection", "proxy-connection", "keep-alive", "proxy-authorization"];

    private readonly AddressRules _rules;
    private readonly TimeSpan _connectTimeout;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<RefusedAddress> _refused = new();
    private readonly Task _accepting;

    public GuardedProxy(AddressRules rules, TimeSpan connectTimeout)
    {
        (_rules, _connectTimeout) = (rules, connectTimeout);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Server => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public IReadOnlyList<RefusedAddress> Refused => [.. _refused];

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptSocketAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped with the measurement.
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using (client)
        {
            await using var browser = new NetworkStream(client, ownsSocket: false);
            try
            {
                var (head, early) = await ReadHeadAsync(browser, _stop.Token);
                var lines = head.Split("\r\n");
                var request = lines[0].Split(' ');
                var tunnel = request is ["CONNECT", _, _];
                if (!(tunnel ? Uri.TryCreate("https://" + request[1], UriKind.Absolute, out var target)
                        : request is [_, _, _] && Uri.TryCreate(request[1], UriKind.Absolute, out target) && target.Scheme == Uri.UriSchemeHttp))
                {
                    await AnswerAsync(browser, "400 Bad Request");
                    return;
                }
                using var server = await ConnectAsync(browser, target, tunnel);
                if (server is null)
                {
                    return;
                }
                await using var upstream = new NetworkStream(server, ownsSocket: false);
                if (tunnel)
                {
                    await AnswerAsync(browser, "200 Connection Established", close: false);
                }
                else
                {
                    // Origin form, and one request per connection so the server's close ends it for Chromium too.
                    var forwarded = lines.Skip(1).TakeWhile(l => l.Length > 0).Where(l => !HopByHop.Contains(l.Split(':')[0].Trim().ToLowerInvariant()));
                    var upstreamHead = $"{request[0]} {target.PathAndQuery} {request[2]}\r\n{string.Join("", forwarded.Select(l => l + "\r\n"))}Connection: close\r\n\r\n";
                    await upstream.WriteAsync(Encoding.Latin1.GetBytes(upstreamHead), _stop.Token);
                }
                await upstream.WriteAsync(early, _stop.Token);
                using var relay = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                await Task.WhenAny(browser.CopyToAsync(upstream, relay.Token), upstream.CopyToAsync(browser, relay.Token));
                await relay.CancelAsync();
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or FormatException)
            {
                // Either side hung up, the head was malformed, or the measurement ended.
            }
        }
    }

    private async Task<Socket?> ConnectAsync(NetworkStream browser, Uri target, bool tunnel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(_connectTimeout);
        try
        {
            return await _rules.ConnectAsync(target.DnsSafeHost, target.Port, timeout.Token);
        }
        catch (AddressRefusedException refused)
        {
            _refused.Enqueue(RefusedAddress.Of(target, refused, Phrase.Of(tunnel ? "requested-chromium-tunnel" : "requested-chromium-request").ToString()));
            await AnswerAsync(browser, "403 Forbidden");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !_stop.IsCancellationRequested)
        {
            await AnswerAsync(browser, "502 Bad Gateway");
        }
        return null;
    }

    /// <summary>The request line and headers (Latin-1, as HTTP/1.1 sends them) and any bytes the browser sent after them.</summary>
    private static async Task<(string Head, byte[] Early)> ReadHeadAsync(NetworkStream browser, CancellationToken ct)
    {
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await browser.ReadAsync(buffer.AsMemory(length), ct);
            if (read == 0)
            {
                throw new IOException("the browser closed the connection before a request");
            }
            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                return (Encoding.Latin1.GetString(buffer, 0, end), buffer[(end + 4)..length]);
            }
        }
        throw new FormatException("request head larger than " + MaxHeadBytes + " bytes");
    }

    private async Task AnswerAsync(NetworkStream browser, string status, bool close = true) =>
        await browser.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n" + (close ? "Content-Length: 0\r\nConnection: close\r\n" : "") + "\r\n"), _stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
