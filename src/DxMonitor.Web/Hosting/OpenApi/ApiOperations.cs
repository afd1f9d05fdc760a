using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace DxMonitor.Web.Hosting.OpenApi;

/// <summary>
/// What each operation states besides its own results, read from the endpoint's metadata so it cannot drift: a stable
/// operationId, the bearer token it needs (or that it is open to anyone), and the problem answers that apply to it.
/// </summary>
internal static class ApiOperations
{
    public const string BearerScheme = "bearer";

    private static readonly HashSet<string> Writes = new(StringComparer.OrdinalIgnoreCase) { "POST", "PUT", "PATCH", "DELETE" };

    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        operation.OperationId ??= OperationId(method, description.RelativePath ?? "");

        var open = ConditionalReads.IsOpen(metadata);
        var bearer = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] };
        // An open read answers anyone; a token only widens what it shows (unpublished values of the token's units).
        operation.Security = open ? [new OpenApiSecurityRequirement(), bearer] : [bearer];

        var parameters = description.ParameterDescriptions;
        var hasRouteValues = parameters.Any(p => p.Source.Id == "Path");
        var hasQuery = parameters.Any(p => p.Source.Id == "Query");
        var hasBody = operation.RequestBody is not null;
        var write = Writes.Contains(method);
        var statuses = new List<int>();
        if (hasQuery || hasBody)
        {
            statuses.Add(400);
        }
        if (!open)
        {
            statuses.AddRange([401, 403]);
        }
        if (hasRouteValues)
        {
            statuses.Add(404);
        }
        if (write)
        {
            statuses.Add(409);
        }
        if (hasBody)
        {
            statuses.Add(413);
        }
        if (write || hasQuery)
        {
            statuses.Add(422);
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            statuses.Add(429);
        }
        statuses.Add(503);

        operation.Responses ??= [];
        foreach (var status in statuses)
        {
            var key = status.ToString(CultureInfo.InvariantCulture);
            if (operation.Responses.TryGetValue(key, out var existing) && existing.Content?.Keys.Any(k => k != ApiProblems.MediaType) == true)
            {
                continue; // The endpoint's own typed result, e.g. a 409 with the conflicting rows.
            }
            operation.Responses[key] = new OpenApiResponseReference(ApiProblems.Answers[status].Name, context.Document);
        }
        if (operation.Responses.TryGetValue("201", out var created) && created is OpenApiResponse createdResponse)
        {
            createdResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            createdResponse.Headers["Location"] = new OpenApiHeader
            {
                Description = "The address of what was created.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// "GET api/v1/units/{code}/history" becomes "getUnitsByCodeHistory": derived from the method and the route, so
    /// the name stays the same as long as the route does (and the route is the contract of /api/v1).
    /// </summary>
    internal static string OperationId(string method, string relativePath)
    {
        var name = new StringBuilder(method.ToLowerInvariant());
        var path = relativePath.Split('?')[0];
        if (path.StartsWith("api/v1/", StringComparison.Ordinal))
        {
            path = path["api/v1/".Length..];
        }
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var part in segment.Split('.'))
            {
                if (part.StartsWith('{'))
                {
                    name.Append("By");
                    Words(name, part.Trim('{', '}').Split(':')[0].TrimEnd('?'));
                }
                else
                {
                    Words(name, part);
                }
            }
        }
        return name.ToString();
    }

    private static void Words(StringBuilder name, string text)
    {
        foreach (var word in text.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsAsciiLetterOrDigit)]);
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }
    }
}
