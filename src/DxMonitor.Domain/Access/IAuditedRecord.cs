namespace DxMonitor.Domain.Access;

/// <summary>
/// A record whose every change is audited (who, when, old, new) in the same SaveChanges, as a
/// <see cref="RecordChange"/>. <see cref="AuditSubject"/> names it, and its parent, so a record's history is
/// found by prefix ("project/…" holds the project's milestones and plans too).
/// </summary>
public interface IAuditedRecord
{
    string AuditSubject { get; }
}
