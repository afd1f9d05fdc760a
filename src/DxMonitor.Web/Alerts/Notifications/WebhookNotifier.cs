using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// POSTs the notification as camelCase JSON to the target's URL, signed with its secret (see
/// <see cref="WebhookSignature"/>). The named client's resilience pipeline (<see cref="NotificationSetup"/>) times
/// each attempt out and retries 5xx, 408, 429, timeouts and connection errors with jittered exponential backoff,
/// honouring Retry-After; any other answer is final.
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

    public async Task<DeliveryResult> SendAsync(AlertNotification n, NotificationTarget t, Guid deliveryId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(n);
        if (t is not WebhookTarget target)
        {
            throw new ArgumentException($"The webhook notifier cannot send to a {t.Channel} target.", nameof(t));
        }
        var attempts = new StrongBox<int>();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(n, Json)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId.ToString());
        request.Options.Set(WebhookSigningHandler.Secret, target.Secret);
        request.Options.Set(WebhookSigningHandler.Attempts, attempts);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.IsSuccessStatusCode)
            {
                return DeliveryResult.Success(attempts.Value);
            }
            var status = (int)response.StatusCode;
            return DeliveryResult.Failure(attempts.Value, $"{target.Redacted} answered {status} {response.ReasonPhrase}".TrimEnd(),
                retryable: IsTransient(status), retryAfter: RetryAfter(response.Headers.RetryAfter, clock.GetUtcNow()));
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is TimeoutRejectedException or OperationCanceledException)
        {
            return DeliveryResult.Failure(attempts.Value, $"{target.Redacted} did not answer within {options.Value.AttemptTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            // The exception's message may quote the full URL; the error kind and socket code say enough.
            var socket = e.InnerException as SocketException;
            var detail = socket is null ? e.HttpRequestError.ToString() : $"{e.HttpRequestError}, {socket.SocketErrorCode}";
            return DeliveryResult.Failure(attempts.Value, $"Cannot reach {target.Redacted} ({detail})");
        }
    }

    /// <summary>Answers worth another try: server errors, a timeout and throttling.</summary>
    internal static bool IsTransient(int status) => status >= 500 || status is 408 or 429;

    /// <summary>The pause a Retry-After header asks for (seconds, or until a date), from <paramref name="now"/>; null without one.</summary>
    internal static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
