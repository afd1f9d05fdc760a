using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Reporting;

namespace DxMonitor.Web.Values;

/// <summary>
/// The one way people's values come in, whatever the channel (values API, batch, import): national staff store them
/// directly, published as written and audited as direct writes; anyone else writes their unit's report for the round
/// that asks for them (<see cref="DraftValues"/>), so the form's rules, the analyst's review and the lock apply.
/// </summary>
public static class WriteValues
{
    public static Task<RecordValues.Outcome> ExecuteAsync(IReadOnlyList<ValueItems.Item> items, Actor actor, double jumpFactor,
        DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct) =>
        actor.IsNational
            ? RecordValues.ExecuteAsync(items, ValueWriter.Direct(actor), db, clock, monitoring, ct)
            : DraftValues.ExecuteAsync(items, actor, jumpFactor, db, ct);
}
