using System.Net;
using System.Net.Sockets;
using System.Text;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// Fetches a page as a citizen's browser would ask for it, following redirects by hand (so a loop is seen and
/// reported), reading at most the configured body size, and turning every failure of the portal into
/// <see cref="PageFetch.Error"/> instead of an exception. Every connection, redirects' included, is made through
/// <see cref="AddressRules"/>; a refused one is reported in <see cref="PageFetch.Refused"/>.
/// </summary>
public sealed class PageFetcher(HttpClient client, EvaluatorOptions options)
{
    public static HttpClient CreateClient(EvaluatorOptions options, AddressRules rules) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) => new NetworkStream(await rules.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, ct), ownsSocket: true),
        UseProxy = false,
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.RequestTimeout,
        MaxResponseHeadersLength = 64,
        MaxConnectionsPerServer = 4,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        // Bad certificates are accepted here only so the page can still be graded; TlsInspector reports them.
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<PageFetch> FetchAsync(Uri url, CancellationToken ct)
    {
        var redirects = new List<Uri>();
        var current = url;
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.RequestTimeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
                request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
                request.Headers.TryAddWithoutValidation("Accept-Language", "vi,en;q=0.5");
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var headers = response.Headers.Concat(response.Content.Headers)
                    .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, Phrase.Plain(v)))).ToList();
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    redirects.Add(current);
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (redirects.Contains(next))
                    {
                        return Failed(url, next, status, headers, redirects, Phrase.Of("redirect-loop", next).ToString());
                    }
                    if (redirects.Count > options.MaxRedirects)
                    {
                        return Failed(url, next, status, headers, redirects, Phrase.Of("too-many-redirects", options.MaxRedirects).ToString());
                    }
                    current = next;
                    continue;
                }
                var (body, bytes, truncated) = await ReadCappedAsync(response.Content, timeout.Token);
                var contentType = response.Content.Headers.ContentType;
                return new PageFetch(url, current, status, headers, redirects, Decode(body, contentType?.CharSet), bytes, truncated,
                    contentType?.MediaType, null);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return Failed(url, current, null, [], redirects, FailureReason.Timeout(options.RequestTimeout));
            }
            catch (HttpRequestException e) when (e.InnerException is AddressRefusedException refused)
            {
                return Failed(url, current, null, [], redirects, FailureReason.Refused(refused)) with { Refused = RefusedAddress.Of(current, refused, RequestedBy(url, current, redirects)) };
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
            {
                return Failed(url, current, null, [], redirects, FailureReason.Of(e));
            }
        }
    }

    private async Task<(byte[] Body, long Bytes, bool Truncated)> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            var room = (int)Math.Min(read, options.MaxBodyBytes - buffer.Length);
            buffer.Write(chunk, 0, room);
            if (buffer.Length >= options.MaxBodyBytes)
            {
                // The rest is never read: a portal serving gigabytes costs us only the cap.
                return (buffer.ToArray(), buffer.Length, true);
            }
        }
        return (buffer.ToArray(), buffer.Length, false);
    }

    private static string Decode(byte[] body, string? charset)
    {
        var encoding = Encoding.UTF8;
        if (charset is { Length: > 0 })
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset is read as UTF-8, the encoding Vietnamese portals use.
            }
        }
        return Phrase.Plain(encoding.GetString(body));
    }

    private static string RequestedBy(Uri url, Uri current, List<Uri> redirects) =>
        (redirects.Count == 0 ? Phrase.Of("requested-fetch", url) : Phrase.Of("requested-redirect", redirects[^1], url)).ToString();

    private static PageFetch Failed(Uri url, Uri final, int? status, IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyList<Uri> redirects, string error) =>
        new(url, final, status, headers, redirects, "", 0, false, null, error);
}
