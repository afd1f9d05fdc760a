using DxMonitor.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace DxMonitor.Data.Audit;

/// <summary>
/// Audit rows of created records whose key the database generates. Before saving, such a record's subject has
/// no id yet ("project/P1/milestone/…"); once saved, its row is renamed with the real one. When the caller has no
/// transaction, one is opened before the save and committed after the renaming, so a record is never stored
/// with an audit row that names it wrongly.
/// </summary>
internal sealed class CreatedRecordSubjects
{
    private List<(EntityEntry Entry, RecordChange Change)> _pending = [];
    private IDbContextTransaction? _own;

    /// <summary>Remembers which of the created records' audit rows must be renamed after the save.</summary>
    public void Watch(IEnumerable<(EntityEntry Entry, RecordChange Change)> created) =>
        _pending = [.. created.Where(c => c.Entry.Properties.Any(p => p.Metadata.IsPrimaryKey() && p.IsTemporary))];

    public async Task BeginAsync(DbContext? context, CancellationToken ct)
    {
        if (_pending.Count > 0 && context is not null && context.Database.CurrentTransaction is null)
        {
            _own = await context.Database.BeginTransactionAsync(ct);
        }
    }

    public void Begin(DbContext? context)
    {
        if (_pending.Count > 0 && context is not null && context.Database.CurrentTransaction is null)
        {
            _own = context.Database.BeginTransaction();
        }
    }

    public async Task RenameAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not null)
        {
            foreach (var (entry, change) in _pending)
            {
                var subject = SubjectOf(entry);
                await context.Database.ExecuteSqlRawAsync(Update(context), [subject, change.Id], ct);
                Track(context, change, subject);
            }
        }
        _pending = [];
        if (_own is { } own)
        {
            _own = null;
            await own.CommitAsync(ct);
            await own.DisposeAsync();
        }
    }

    public void Rename(DbContext? context)
    {
        if (context is not null)
        {
            foreach (var (entry, change) in _pending)
            {
                var subject = SubjectOf(entry);
                context.Database.ExecuteSqlRaw(Update(context), subject, change.Id);
                Track(context, change, subject);
            }
        }
        _pending = [];
        if (_own is { } own)
        {
            _own = null;
            own.Commit();
            own.Dispose();
        }
    }

    /// <summary>The save failed: nothing to rename, and the transaction opened for it is rolled back.</summary>
    public async Task AbandonAsync()
    {
        _pending = [];
        if (_own is { } own)
        {
            _own = null;
            await own.RollbackAsync();
            await own.DisposeAsync();
        }
    }

    public void Abandon()
    {
        _pending = [];
        if (_own is { } own)
        {
            _own = null;
            own.Rollback();
            own.Dispose();
        }
    }

    private static string SubjectOf(EntityEntry entry) => ((IAuditedRecord)entry.Entity).AuditSubject;

    private static string Update(DbContext context) =>
        $"UPDATE \"{context.Model.FindEntityType(typeof(RecordChange))!.GetTableName()}\" SET \"Subject\" = {{0}} WHERE \"Id\" = {{1}}";

    private static void Track(DbContext context, RecordChange change, string subject)
    {
        var property = context.Entry(change).Property(c => c.Subject);
        property.CurrentValue = subject;
        property.OriginalValue = subject;
    }
}
