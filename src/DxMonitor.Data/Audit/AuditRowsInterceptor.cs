using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DxMonitor.Data.Audit;

/// <summary>
/// Adds audit rows to the very SaveChanges that makes the changes, hence the same transaction: a change is never
/// stored without its audit row. Subclasses say which rows.
/// </summary>
public abstract class AuditRowsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            AddAuditRows(context);
        }
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            AddAuditRows(context);
        }
        return ValueTask.FromResult(result);
    }

    /// <summary>Adds the audit rows of the context's pending changes to the context.</summary>
    protected abstract void AddAuditRows(DbContext context);
}
