using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// POSTs the notification as camelCase JSON to the target's URL, signed with its secret (see
/// <see cref="WebhookSignature"/>), retrying with exponential backoff on 5xx, 408, 429, timeouts and connection
/// errors; any other answer is final.
/// </summary>
public sealed class WebhookNotifier(IHttpClientFactory httpClients, IOptions<WebhookOptions> options, TimeProvider clock)
    : IAlertNotifier
{
    /// <summary>The named HttpClient used for webhooks: no redirects, no request logging (URLs may hold tokens).</summary>
    public const string HttpClientName = "DxMonitor.Webhooks";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // Vietnamese letters stay readable; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task<DeliveryResult> SendAsync(AlertNotification n, NotificationTarget t, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(n);
        if (t is not WebhookTarget target)
        {
            throw new ArgumentException($"The webhook notifier cannot send to a {t.Channel} target.", nameof(t));
        }
        var settings = options.Value;
        var body = JsonSerializer.SerializeToUtf8Bytes(n, Json);
        var deliveryId = Guid.CreateVersion7(clock.GetUtcNow()).ToString();
        var client = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            var (outcome, reason) = await AttemptAsync(client, target, body, deliveryId, settings, ct);
            if (outcome == Outcome.Delivered)
            {
                return DeliveryResult.Success(attempt);
            }
            if (outcome == Outcome.Final || attempt > settings.MaxRetries)
            {
                return DeliveryResult.Failure(attempt, reason);
            }
            await Task.Delay(settings.FirstRetryDelay * Math.Pow(2, attempt - 1), clock, ct);
        }
    }

    private async Task<(Outcome Outcome, string Reason)> AttemptAsync(HttpClient client, WebhookTarget target, byte[] body,
        string deliveryId, WebhookOptions settings, CancellationToken ct)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(target.Secret, timestamp, body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId);

        using var deadline = new CancellationTokenSource(settings.AttemptTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return (Outcome.Delivered, "");
            }
            var retry = status >= 500 || status is 408 or 429;
            return (retry ? Outcome.Retry : Outcome.Final, $"{target.Redacted} answered {status} {response.ReasonPhrase}".TrimEnd());
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (Outcome.Retry, $"{target.Redacted} did not answer within {settings.AttemptTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            // The exception's message may quote the full URL; the error kind and socket code say enough.
            var socket = e.InnerException as SocketException;
            var detail = socket is null ? e.HttpRequestError.ToString() : $"{e.HttpRequestError}, {socket.SocketErrorCode}";
            return (Outcome.Retry, $"Cannot reach {target.Redacted} ({detail})");
        }
    }

    private enum Outcome
    {
        Delivered,
        Retry,
        Final,
    }
}
