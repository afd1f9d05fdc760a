using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Projects;

/// <summary>
/// The project page takes document uploads, so its requests may be as large as a document (Projects:MaxDocumentBytes)
/// rather than the general request limit (Api:MaxRequestBodyBytes), exactly like the upload API.
/// </summary>
public static class ProjectPageUploads
{
    public static void AllowProjectDocumentUploads(this RazorComponentsEndpointConventionBuilder pages, IServiceProvider services)
    {
        var limit = services.GetRequiredService<IOptions<ProjectsOptions>>().Value.MaxDocumentBytes + ProjectDocumentsApi.MultipartOverhead;
        pages.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<ComponentTypeMetadata>().Any(m => m.Type == typeof(ProjectPage)))
            {
                endpoint.Metadata.Add(new ProjectDocumentsApi.RequestSizeLimit(limit));
            }
        });
    }
}
