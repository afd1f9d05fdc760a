using DxMonitor.Web.Alerts.Notifications;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace DxMonitor.Web.Hosting.OpenApi;

/// <summary>
/// The served OpenAPI document (/openapi/v1.json), built by ASP.NET Core from the endpoints and completed here: who
/// runs it, its licence, the bearer scheme, the problem answers, tag descriptions and the alert webhooks. Redocly's
/// recommended rules lint it in the tests (OpenApiLintTests) and the generated client is built from its snapshot.
/// </summary>
public static class ApiDocument
{
    public static void AddApiDocument(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddOperationTransformer(ApiOperations.TransformAsync);
        options.AddOperationTransformer(ApiHeaders.TransformAsync);
        options.AddDocumentTransformer(DescribeAsync);
        options.AddDocumentTransformer(AlertWebhooks.DescribeAsync);
    });

    private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var api = context.ApplicationServices.GetRequiredService<IOptions<ApiOptions>>().Value;
        document.Info.Title = "DxMonitor API";
        document.Info.Version = "v1";
        document.Info.Description =
            "Digital-transformation monitoring (giám sát chuyển đổi số) of Vietnam's ministries and provinces: indicators (chỉ tiêu), " +
            "targets (mục tiêu), reported values, reporting rounds, dossiers (hồ sơ), rankings and alerts (cảnh báo). " +
            "Send a personal API token as `Authorization: Bearer dxm_…`; reads of published data need none. Every error is " +
            "problem details (RFC 9457) whose `errors` keys name the offending field. `/api/v1` stays compatible: what will go " +
            "is announced with `Deprecation` and `Sunset` headers first (docs/api.md).";
        document.Info.Contact = new OpenApiContact { Name = api.ContactName, Email = api.ContactEmail };
        document.Info.License = new OpenApiLicense { Name = api.LicenceName, Identifier = api.LicenceIdentifier };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiOperations.BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "dxm_ token",
            Description = "A personal API token (`dxm_…`), issued by an administrator for a user, a role and a unit (Users API or /admin/users), hashed at rest, expiring and revocable.",
        };
        ApiProblems.AddComponents(document);
        // The framework's own validation schema is replaced by ours on every operation (ApiOperations).
        document.Components.Schemas?.Remove("HttpValidationProblemDetails");
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= tag.Name is { } name && ApiTags.Descriptions.TryGetValue(name, out var text) ? text : ApiTags.Fallback;
        }
        return Task.CompletedTask;
    }
}
