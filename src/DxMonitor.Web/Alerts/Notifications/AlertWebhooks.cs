using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// The request DxMonitor sends to a webhook target, described under the OpenAPI document's `webhooks` so that a
/// receiver can be generated from it: the <see cref="AlertNotification"/> body and the signature headers of
/// <see cref="WebhookSignature"/>.
/// </summary>
internal static class AlertWebhooks
{
    public const string Name = "alertNotification";

    public static async Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        const string schemaName = nameof(AlertNotification);
        var schema = await context.GetOrCreateSchemaAsync(typeof(AlertNotification), null, ct);
        document.AddComponent<IOpenApiSchema>(schemaName, schema);
        var operation = new OpenApiOperation
        {
            OperationId = "receiveAlertNotification",
            Tags = new HashSet<OpenApiTagReference> { new("Notifications", document) },
            Summary = "An alert (cảnh báo) fired, escalated or resolved: DxMonitor POSTs it to each webhook target.",
            Description =
                "Signed with the target's secret: `X-DxMonitor-Signature` is `sha256=` and the lowercase hex HMAC-SHA256 of " +
                "`{X-DxMonitor-Timestamp}.{raw body}`. Reject a timestamp more than 5 minutes away and compare in constant time. " +
                "A 2xx answer ends the delivery; 5xx, 408, 429 (honouring Retry-After), timeouts and connection errors are retried " +
                "with backoff; any other answer is final. Retries carry the same `X-DxMonitor-Delivery`: drop duplicates by it. " +
                "See docs/notifications.md for receivers in C# and openssl.",
            Security = [new OpenApiSecurityRequirement()],
            Parameters =
            [
                Header(WebhookSignature.SignatureHeader, "`sha256=` and the lowercase hex HMAC-SHA256 of `{timestamp}.{body}` keyed with the target's secret.", "^sha256=[0-9a-f]{64}$"),
                Header(WebhookSignature.TimestampHeader, "Unix time in seconds when this attempt was signed.", "^[0-9]+$"),
                Header(WebhookSignature.DeliveryHeader, "One identifier per notification and target (a UUID), the same on every retry.", null),
            ],
            RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = new OpenApiSchemaReference(schemaName, document) },
                },
            },
            Responses = new OpenApiResponses
            {
                ["204"] = new OpenApiResponse { Description = "Received (any 2xx will do)." },
                ["401"] = new OpenApiResponse { Description = "The signature does not match: DxMonitor records the delivery as failed and does not retry." },
                ["503"] = new OpenApiResponse { Description = "The receiver is busy: DxMonitor retries with backoff, honouring Retry-After." },
            },
        };
        document.Webhooks ??= new Dictionary<string, IOpenApiPathItem>();
        document.Webhooks[Name] = new OpenApiPathItem { Operations = new() { [HttpMethod.Post] = operation } };
    }

    private static OpenApiParameter Header(string name, string description, string? pattern) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = pattern },
    };
}
