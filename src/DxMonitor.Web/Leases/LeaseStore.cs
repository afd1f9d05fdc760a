using DxMonitor.Data;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Leases;

/// <summary>
/// The lease rows, changed by single conditional UPDATEs so that two instances never both succeed: PostgreSQL
/// locks the row and re-checks the condition for the second, SQLite has one writer at a time.
/// </summary>
public static class LeaseStore
{
    /// <summary>Takes the lease if it is free or expired, or renews it if already held; true when held until <paramref name="until"/>.</summary>
    public static async Task<bool> TakeOrRenewAsync(DxDbContext db, string name, string holder, DateTime now, DateTime until, CancellationToken ct)
    {
        if (await UpdateAsync(db, name, holder, now, until, ct))
        {
            return true;
        }
        await EnsureRowAsync(db, name, ct);
        return await UpdateAsync(db, name, holder, now, until, ct);
    }

    /// <summary>
    /// Renews the lease only if still held and unexpired, in the caller's transaction: the work written in that
    /// transaction commits only if this instance still held the lease, and on PostgreSQL nobody can take it meanwhile.
    /// </summary>
    public static async Task<bool> ConfirmAsync(DxDbContext db, string name, string holder, DateTime now, DateTime until, CancellationToken ct) =>
        await db.Leases.Where(l => l.Name == name && l.Holder == holder && l.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, until), ct) == 1;

    /// <summary>Gives the lease up (on shutdown), so another instance takes it at its next try instead of after expiry.</summary>
    public static Task ReleaseAsync(DxDbContext db, string name, string holder, CancellationToken ct) =>
        db.Leases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTime.UnixEpoch), ct);

    private static async Task<bool> UpdateAsync(DxDbContext db, string name, string holder, DateTime now, DateTime until, CancellationToken ct) =>
        await db.Leases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.AcquiredAt, l => l.Holder == holder ? l.AcquiredAt : now)
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.ExpiresAt, until), ct) == 1;

    // Two instances may create the row at the same moment; the statement is the same on both providers.
    private static Task<int> EnsureRowAsync(DxDbContext db, string name, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(
            $"""INSERT INTO leases ("Name", "Holder", "ExpiresAt", "AcquiredAt") VALUES ({name}, '', {DateTime.UnixEpoch}, {DateTime.UnixEpoch}) ON CONFLICT ("Name") DO NOTHING""",
            ct);
}
