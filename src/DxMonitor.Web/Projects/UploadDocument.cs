using System.Security.Cryptography;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Projects;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Projects;

/// <summary>
/// Attaches a document to a project: the size is capped, the type is decided from the content and must
/// agree with the extension (a script renamed .pdf is refused), the bytes go to the <see cref="DocumentStore"/>
/// under a generated name and the record is saved, audited.
/// </summary>
public static class UploadDocument
{
    public abstract record Outcome;
    public sealed record NotFound : Outcome;
    public sealed record Rejected(Rejection Reason, string FileName, string Message) : Outcome;
    public sealed record TooLarge(long Max) : Outcome;
    public sealed record Done(ProjectDocument Document) : Outcome;

    /// <summary>Why a document was refused, for a message in the reader's language.</summary>
    public enum Rejection { Empty, UnknownType, ExtensionMismatch }

    /// <summary>Attaches a posted file (API or page form) of at most <paramref name="max"/> bytes.</summary>
    public static async Task<Outcome> ExecuteAsync(
        string code, IFormFile file, long max, Actor actor, DxDbContext db, DocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        if (file.Length > max)
        {
            return new TooLarge(max);
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return await ExecuteAsync(code, file.FileName, buffer.ToArray(), actor, db, store, clock, ct);
    }

    public static async Task<Outcome> ExecuteAsync(
        string code, string fileName, byte[] content, Actor actor, DxDbContext db, DocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Code == code, ct);
        if (project is null || !ProjectAccess.CanWrite(actor, project.UnitId, units))
        {
            return new NotFound();
        }
        var name = DisplayName(fileName);
        if (content.Length == 0)
        {
            return new Rejected(Rejection.Empty, name, ProjectsText.Texts.Format("DocumentEmpty", name));
        }
        if (!DocumentSignature.TryAccept(name, content, out var kind, out var error))
        {
            var reason = DocumentSignature.Detect(content) is null ? Rejection.UnknownType : Rejection.ExtensionMismatch;
            return new Rejected(reason, name, error);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var document = new ProjectDocument
        {
            ProjectId = project.Id,
            ProjectCode = project.Code,
            FileName = name,
            Kind = kind,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            StoredName = DocumentStore.NewName(),
            UploadedBy = actor.Name,
            UploadedAt = now,
        };
        await store.SaveAsync(document.StoredName, content, ct);
        db.ProjectDocuments.Add(document);
        project.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            store.Delete(document.StoredName);
            throw;
        }
        return new Done(document);
    }

    /// <summary>Only the last segment of what the client sent, without control characters, at most 255 characters.</summary>
    internal static string DisplayName(string fileName)
    {
        var last = fileName.Replace('\\', '/').Split('/').Last();
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length > 255)
        {
            var extension = Path.GetExtension(clean);
            clean = clean[..(255 - extension.Length)] + extension;
        }
        return clean.Length == 0 ? "document" : clean;
    }
}
