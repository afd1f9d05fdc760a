using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DxMonitor.Web.Hosting.OpenApi;

/// <summary>
/// The headers of the API's conventions, stated on the operations that have them, from the same metadata the
/// server acts on: ETag and 304 on open reads (<see cref="ConditionalReads"/>), Link on pages, Idempotency-Key on
/// ingests (<see cref="IdempotencyKeys"/>), and the deprecation of an operation (<see cref="Deprecation"/>).
/// </summary>
internal static class ApiHeaders
{
    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        operation.Parameters ??= [];
        var ok = operation.Responses.TryGetValue("200", out var found) ? found as OpenApiResponse : null;
        if (description.HttpMethod == "GET" && ok is not null && ConditionalReads.IsOpen(metadata))
        {
            operation.Parameters.Add(Header("If-None-Match", "The ETag of the copy you hold: 304 Not Modified, without a body, while it is still current.", required: false));
            ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
            ok.Headers["ETag"] = Text("A tag of this answer, for If-None-Match.");
            operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: the copy whose ETag you sent in If-None-Match is current." };
        }
        if (ok?.Content?.Values.FirstOrDefault()?.Schema is OpenApiSchemaReference { Reference.Id: { } schema } && schema.StartsWith("PagedOf", StringComparison.Ordinal))
        {
            ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
            ok.Headers["Link"] = Text("Links to the neighbouring pages (RFC 8288): `rel=\"next\"` while items remain, `rel=\"prev\"` after the first page; `total` in the body counts all items.");
        }
        if (metadata.OfType<IdempotencyKeys.Marker>().Any())
        {
            operation.Parameters.Add(Header(IdempotencyKeys.Header,
                $"A key of your choice (1-{IdempotencyKeys.MaxKeyLength} characters, e.g. a UUID) for this request: a retry with the same key and body returns the first " +
                $"answer (with `{IdempotencyKeys.ReplayedHeader}: true`) and stores nothing twice; the same key with another body is a 422 problem naming `{IdempotencyKeys.Header}`. " +
                "Keys are kept 7 days.", required: false));
        }
        if (metadata.OfType<Deprecation.Notice>().FirstOrDefault() is { } notice)
        {
            operation.Deprecated = true;
            operation.Description = $"{operation.Description} Deprecated since {Day(notice.Since)}; answers until {Day(notice.Sunset)} ({notice.Link}).".TrimStart();
        }
        return Task.CompletedTask;
    }

    private static string Day(DateTimeOffset day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static OpenApiParameter Header(string name, string description, bool required) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiHeader Text(string description) => new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
