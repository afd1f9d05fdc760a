using DxMonitor.Web.Api;
using DxMonitor.Web.Dossiers;
using DxMonitor.Web.Projects;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Layout;

/// <summary>
/// Pages with a file upload take requests as large as their file (a project document, a dossier CSV) rather than
/// the general request limit (Api:MaxRequestBodyBytes), exactly like the upload APIs they share their checks with.
/// </summary>
public static class PageUploads
{
    public static void AllowPageUploads(this RazorComponentsEndpointConventionBuilder pages, IServiceProvider services)
    {
        var limits = new Dictionary<Type, long>
        {
            [typeof(ProjectPage)] = services.GetRequiredService<IOptions<ProjectsOptions>>().Value.MaxDocumentBytes,
            [typeof(DossiersPage)] = services.GetRequiredService<IOptions<DossiersOptions>>().Value.MaxFileBytes,
            [typeof(Metadata.MetadataPage)] = services.GetRequiredService<IOptions<ImportExport.ImportExportOptions>>().Value.MaxFileBytes,
        };
        pages.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<ComponentTypeMetadata>().FirstOrDefault() is { } page && limits.TryGetValue(page.Type, out var limit))
            {
                endpoint.Metadata.Add(RequestSizeLimit.ForFile(limit));
            }
        });
    }
}
