using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.Projects;

/// <summary>
/// A file attached to a project (decision, contract, acceptance minutes). The bytes are stored under
/// <see cref="StoredName"/>, a name the server made up; the client's file name is kept only for display.
/// </summary>
public sealed class ProjectDocument : IAuditedRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid ProjectId { get; init; }
    public required string ProjectCode { get; init; }
    public required string FileName { get; init; }
    public required DocumentKind Kind { get; init; }
    public required long Size { get; init; }
    public required string Sha256 { get; init; }
    public required string StoredName { get; init; }
    public required string UploadedBy { get; init; }
    public required DateTime UploadedAt { get; init; }

    public string AuditSubject => $"project/{ProjectCode}/document/{Id}";
}
