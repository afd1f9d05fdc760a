using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Projects;

/// <summary>
/// A project's documents: upload (type by content, size capped) and download, always as an attachment with
/// nosniff and a sandboxing content security policy, so a browser never runs or renders one inline.
/// </summary>
public static class ProjectDocumentsApi
{
    public static void Map(RouteGroupBuilder projects, long limit)
    {
        projects.MapPost("/{code}/documents", Upload).RequireAuthorization(AuthenticationSetup.WriteData)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(RequestSizeLimit.ForFile(limit))
            .WithSummary("Attaches a document (form field 'file'): PDF, PNG, JPEG, DOCX or XLSX, checked by content; size limited.");
        projects.MapGet("/{code}/documents/{id:guid}", Download).WithSummary("Downloads a document, always as an attachment.");
    }

    internal static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> Upload(
        string code, HttpRequest request, ClaimsPrincipal user, DxDbContext db, DocumentStore store, TimeProvider clock,
        IOptions<ProjectsOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxDocumentBytes;
        if (request.ContentLength > max + RequestSizeLimit.MultipartOverhead)
        {
            return TooLarge(max);
        }
        if (!request.HasFormContentType || (await request.ReadFormAsync(ct)).Files.GetFile("file") is not { } file)
        {
            return Bad(ProjectsText.Texts.Format("SendDocumentMultipart"));
        }
        return await UploadDocument.ExecuteAsync(code, file, max, user.ToActor(), db, store, clock, ct) switch
        {
            UploadDocument.Done { Document: var d } => TypedResults.Created($"/api/v1/projects/{Uri.EscapeDataString(code)}/documents/{d.Id}",
                new DocumentResponse(d.Id, d.FileName, d.Kind, d.Size, d.Sha256, d.UploadedBy, d.UploadedAt)),
            UploadDocument.Rejected rejected => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = [rejected.Message] })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = ProjectsText.Texts.Format("DocumentRefusedTitle"),
            }),
            UploadDocument.TooLarge => TooLarge(max),
            _ => ProjectsApi.NotFound(code),
        };
    }

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        string code, Guid id, HttpContext http, DxDbContext db, DocumentStore store, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var visible = ProjectAccess.VisibleUnits(http.User.ToActor(), units);
        var document = await db.ProjectDocuments.AsNoTracking()
            .Where(d => d.Id == id && d.ProjectCode == code)
            .Join(db.Projects.VisibleTo(visible), d => d.ProjectId, p => p.Id, (d, _) => d)
            .SingleOrDefaultAsync(ct);
        if (document is null || store.Open(document.StoredName) is not { } stream)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ProjectsText.Texts.Format("UnknownDocumentTitle"),
                detail: ProjectsText.Texts.Format("UnknownDocument", id, code));
        }
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        // Always octet-stream: the browser saves the file; it never renders or runs it.
        return TypedResults.File(stream, "application/octet-stream", document.FileName);
    }

    private static ProblemHttpResult Bad(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: ProjectsText.Texts.Format("NoDocumentTitle"), detail: detail);

    private static ProblemHttpResult TooLarge(long max) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: ProjectsText.Texts.Format("DocumentTooLargeTitle"), detail: ProjectsText.Texts.Format("DocumentExceeds", max));
}
