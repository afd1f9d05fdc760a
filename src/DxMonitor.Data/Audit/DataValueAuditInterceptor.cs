using DxMonitor.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DxMonitor.Data.Audit;

/// <summary>
/// Writes a <see cref="DataValueChange"/> for every added, modified or deleted <see cref="DataValue"/> in the
/// same SaveChanges, hence the same transaction: a change is never stored without its audit row.
/// </summary>
public sealed class DataValueAuditInterceptor(IAuditContext audit, TimeProvider clock) : AuditRowsInterceptor
{
    protected override void AddAuditRows(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = context.ChangeTracker.Entries<DataValue>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ToChange(e, now))
            .ToList();
        context.Set<DataValueChange>().AddRange(changes);
    }

    private DataValueChange ToChange(EntityEntry<DataValue> entry, DateTime now)
    {
        var value = entry.Entity;
        var isAdded = entry.State == EntityState.Added;
        var isDeleted = entry.State == EntityState.Deleted;
        if (IsPublicationOnly(entry))
        {
            return Publication(entry, now);
        }
        return new DataValueChange
        {
            IndicatorId = value.IndicatorId,
            UnitId = value.UnitId,
            PeriodCode = value.PeriodCode,
            Kind = isAdded ? ChangeKind.Created : isDeleted ? ChangeKind.Deleted : ChangeKind.Updated,
            OldValue = isAdded ? null : entry.Property(v => v.Value).OriginalValue,
            NewValue = isDeleted ? null : value.Value,
            OldDenominator = isAdded ? null : entry.Property(v => v.Denominator).OriginalValue,
            NewDenominator = isDeleted ? null : value.Denominator,
            Comment = value.Comment,
            Via = value.Via,
            ChangedBy = audit.ActorName,
            ChangedAt = now,
            ClientAddress = audit.ClientAddress,
        };
    }

    private static bool IsPublicationOnly(EntityEntry<DataValue> entry) =>
        entry.State == EntityState.Modified && entry.Property(v => v.PublishedAt).IsModified
        && !entry.Property(v => v.Value).IsModified && !entry.Property(v => v.Denominator).IsModified;

    private DataValueChange Publication(EntityEntry<DataValue> entry, DateTime now) => new()
    {
        IndicatorId = entry.Entity.IndicatorId,
        UnitId = entry.Entity.UnitId,
        PeriodCode = entry.Entity.PeriodCode,
        Kind = ChangeKind.Published,
        OldValue = entry.Property(v => v.PublishedValue).OriginalValue,
        NewValue = entry.Entity.PublishedValue,
        OldDenominator = entry.Property(v => v.PublishedDenominator).OriginalValue,
        NewDenominator = entry.Entity.PublishedDenominator,
        Comment = entry.Entity.Comment,
        ChangedBy = audit.ActorName,
        ChangedAt = now,
        ClientAddress = audit.ClientAddress,
    };
}
