using System.Text.Json;
using DxMonitor.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DxMonitor.Data.Audit;

/// <summary>
/// Writes a <see cref="RecordChange"/> for every added, modified or deleted <see cref="IAuditedRecord"/>
/// (projects, their milestones, plans and documents, registry entries, portals) in the same SaveChanges: the old and
/// new values of the properties that changed, as JSON, with who, when and from where. A record created with a
/// key the database generates is named by that key only once it is saved: its audit row is renamed then, in the
/// same transaction (<see cref="CreatedRecordSubjects"/>).
/// </summary>
public sealed class RecordAuditInterceptor(IAuditContext audit, TimeProvider clock) : AuditRowsInterceptor
{
    private readonly CreatedRecordSubjects _created = new();

    /// <summary>Derived or bookkeeping properties whose change says nothing a reader needs.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "NameFolded", "UpdatedAt", "LastEvaluatedAt" };

    protected override void AddAuditRows(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAuditedRecord && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Change: ToChange(e, now)))
            .Where(c => c.Change is not null)
            .ToList();
        context.Set<RecordChange>().AddRange(changes.Select(c => c.Change!));
        _created.Watch(changes.Where(c => c.Entry.State == EntityState.Added).Select(c => (c.Entry, c.Change!)));
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        result = base.SavingChanges(eventData, result);
        _created.Begin(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        result = await base.SavingChangesAsync(eventData, result, cancellationToken);
        await _created.BeginAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        _created.Rename(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await _created.RenameAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _created.Abandon();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        _created.AbandonAsync();

    private RecordChange? ToChange(EntityEntry entry, DateTime now)
    {
        var properties = entry.Properties.Where(p => !Skipped.Contains(p.Metadata.Name)).ToList();
        if (entry.State == EntityState.Modified)
        {
            properties = [.. properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && !SameFields(p.OriginalValue, p.CurrentValue))];
            if (properties.Count == 0)
            {
                return null;
            }
        }
        return new RecordChange
        {
            Subject = ((IAuditedRecord)entry.Entity).AuditSubject,
            Action = entry.State switch { EntityState.Added => "Created", EntityState.Deleted => "Deleted", _ => "Updated" },
            OldValues = entry.State == EntityState.Added ? null : Json(properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
            NewValues = entry.State == EntityState.Deleted ? null : Json(properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
            ChangedBy = audit.ActorName,
            ChangedAt = now,
            ClientAddress = audit.ClientAddress,
        };
    }

    private static bool SameFields(object? a, object? b) =>
        a is IDictionary<string, string> x && b is IDictionary<string, string> y && x.Count == y.Count
        && x.All(kv => y.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private static string Json(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, AuditJson.Options);
}
