using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DxMonitor.Web.Hosting.OpenApi;

/// <summary>
/// The problem-details answers (RFC 9457) every operation may give, declared once under components/responses with
/// their schema and an example, so that each operation refers to the ones that apply to it.
/// </summary>
internal static class ApiProblems
{
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationSchema = "ValidationProblemDetails";
    public const string MediaType = "application/problem+json";

    /// <summary>Status → (component name, description, schema, example title, example detail, field errors).</summary>
    public static readonly IReadOnlyDictionary<int, Answer> Answers = new Dictionary<int, Answer>
    {
        [400] = new("BadRequest", "The request cannot be read: malformed JSON, a value of the wrong type or an unknown field. The problem names the JSON path.",
            ValidationSchema, "Invalid input", null, ("values[2].value", "The JSON value could not be converted to Decimal.")),
        [401] = new("Unauthorized", "No valid API token: missing, unknown, expired or revoked. Send `Authorization: Bearer dxm_…`.",
            ProblemSchema, "Unauthorized", null, null),
        [403] = new("Forbidden", "The token's role may not do this, or the unit (đơn vị) is outside the token's scope.",
            ProblemSchema, "Forbidden", "Unit P01 is outside your scope.", null),
        [404] = new("NotFound", "No such resource, or one you may not see (another unit's data answers 404, not 403).",
            ProblemSchema, "Not found", "No unit has the code P99.", null),
        [409] = new("Conflict", "The resource changed meanwhile (a lost update), a duplicate, or an Idempotency-Key reused with another body.",
            ProblemSchema, "Conflicting change", "The value was changed by someone else meanwhile; read it again and retry.", null),
        [413] = new("PayloadTooLarge", "The request body exceeds the configured limit; send large dossier files to the stream endpoint.",
            ProblemSchema, "Request body too large", "The request body exceeds the configured limit (Api:MaxRequestBodyBytes).", null),
        [422] = new("UnprocessableEntity", "The input breaks a rule. `errors` maps each field (JSON path, query parameter, or row and column of a file) to its messages.",
            ValidationSchema, "Invalid input", null, ("period", "2024Q5 is not a period: quarters run from Q1 to Q4.")),
        [429] = new("TooManyRequests", "Too many requests from this token or address; wait for the seconds in Retry-After.",
            ProblemSchema, "Too many requests", "Too many requests from this client; retry in 60 seconds.", null),
        [503] = new("ServiceUnavailable", "The database does not answer for a moment; retry after the seconds in Retry-After.",
            ProblemSchema, "Service temporarily unavailable", "The database cannot be reached at the moment. Please try again in 5 seconds.", null),
    };

    public sealed record Answer(string Name, string Description, string Schema, string Title, string? Detail, (string Field, string Message)? Error);

    public static void AddComponents(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem(withErrors: false);
        document.Components.Schemas[ValidationSchema] = Problem(withErrors: true);
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Headers["Retry-After"] = Header("Seconds to wait before retrying.", JsonSchemaType.Integer);
        document.Components.Headers["RateLimit"] = Header("What is left of the quota (IETF draft RateLimit header fields), e.g. `\"api\";r=0;t=60`.", JsonSchemaType.String);
        document.Components.Headers["RateLimit-Policy"] = Header("The quota applied, e.g. `\"api\";q=1200;w=60`.", JsonSchemaType.String);
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        foreach (var (status, answer) in Answers)
        {
            document.Components.Responses[answer.Name] = Response(document, status, answer);
        }
    }

    private static OpenApiResponse Response(OpenApiDocument document, int status, Answer answer)
    {
        var example = new JsonObject
        {
            ["type"] = $"https://tools.ietf.org/html/rfc9110#section-15.{(status < 500 ? 5 : 6)}.{(status < 500 ? status - 399 : status - 499)}",
            ["title"] = answer.Title,
            ["status"] = status,
        };
        if (answer.Detail is not null)
        {
            example["detail"] = answer.Detail;
        }
        if (answer.Error is var (field, message))
        {
            example["errors"] = new JsonObject { [field] = new JsonArray(message) };
        }
        example["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        var response = new OpenApiResponse
        {
            Description = answer.Description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [MediaType] = new() { Schema = new OpenApiSchemaReference(answer.Schema, document), Example = example },
            },
        };
        if (status is 429 or 503)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = new OpenApiHeaderReference("Retry-After", document) };
        }
        if (status is 429)
        {
            response.Headers!["RateLimit"] = new OpenApiHeaderReference("RateLimit", document);
            response.Headers["RateLimit-Policy"] = new OpenApiHeaderReference("RateLimit-Policy", document);
        }
        return response;
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };

    private static OpenApiSchema Problem(bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI naming the kind of problem."),
            ["title"] = Text("A short summary, in the request's language (Accept-Language: vi by default, en).", primary: withErrors),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status code." },
            ["detail"] = Text("What went wrong in this request.", primary: !withErrors),
            ["instance"] = Text("The request's path."),
            ["traceId"] = Text("The request's trace identifier, to quote when asking the operators."),
        };
        if (withErrors)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Messages by field: a JSON path (`values[2].value`), a query parameter (`period`) or a file's row and column (`rows[12].receivedAt`).",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = withErrors
                ? "Problem details (RFC 9457) naming each offending field under `errors`; the keys are stable, the messages follow Accept-Language."
                : "Problem details (RFC 9457).",
            Properties = properties,
        };
    }

    /// <summary>A text member; the primary one becomes the message of the exceptions Kiota generates.</summary>
    private static OpenApiSchema Text(string description, bool primary = false) => new()
    {
        Type = JsonSchemaType.String | JsonSchemaType.Null,
        Description = description,
        Extensions = primary ? new Dictionary<string, IOpenApiExtension> { ["x-ms-primary-error-message"] = new JsonNodeExtension(true) } : null,
    };
}
