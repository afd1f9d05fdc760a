using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Monitoring;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// The figures the database holds now for the cells named by change-log rows, as each view shows them: what
/// <see cref="EngineLoader"/> would load (working view: a report under review's figure over the stored value;
/// published view: the last published figure), or none. Reading them when a row is followed, rather than carrying
/// them in the row, makes following idempotent and independent of the order in which writers committed.
/// </summary>
public static class StoredFigures
{
    public static async Task<IReadOnlyList<ValuesChanged>> ReadAsync(DxDbContext db, IReadOnlyList<EngineChange> rows, CancellationToken ct)
    {
        var wanted = rows.GroupBy(r => (r.UnitId, r.View))
            .Select(g => (g.Key.UnitId, g.Key.View, Cells: g.SelectMany(r => JsonSerializer.Deserialize<List<ChangedCell>>(r.Cells) ?? []).Distinct().ToList()))
            .ToList();
        var units = wanted.Select(w => w.UnitId).Distinct().ToList();
        var indicators = wanted.SelectMany(w => w.Cells.Select(c => c.IndicatorId)).Distinct().ToList();
        var periods = wanted.SelectMany(w => w.Cells.Select(c => c.PeriodCode)).Distinct().ToList();
        var stored = await db.DataValues.AsNoTracking()
            .Where(v => units.Contains(v.UnitId) && indicators.Contains(v.IndicatorId) && periods.Contains(v.PeriodCode))
            .Select(v => new { v.UnitId, v.IndicatorId, v.PeriodCode, v.Value, v.Denominator, v.PublishedAt, v.PublishedValue, v.PublishedDenominator })
            .ToDictionaryAsync(v => (v.UnitId, v.IndicatorId, v.PeriodCode), ct);
        var underReview = wanted.Any(w => w.View == DataView.Working)
            ? (await SubmittedEntries.OfAsync(db, units, indicators, periods, ct)).ToLookup(e => (e.UnitId, e.IndicatorId, e.PeriodCode))
            : null;
        return [.. wanted.Select(w => new ValuesChanged(w.UnitId, [.. w.Cells.Select(cell =>
        {
            var key = (w.UnitId, cell.IndicatorId, cell.PeriodCode);
            stored.TryGetValue(key, out var value);
            if (w.View == DataView.Published)
            {
                return value is { PublishedAt: not null, PublishedValue: { } shown }
                    ? new ChangedValue(cell.IndicatorId, cell.PeriodCode, shown, value.PublishedDenominator)
                    : new ChangedValue(cell.IndicatorId, cell.PeriodCode, null, null);
            }
            return underReview![key].LastOrDefault() is { } entry
                ? new ChangedValue(cell.IndicatorId, cell.PeriodCode, entry.Value, entry.Denominator)
                : new ChangedValue(cell.IndicatorId, cell.PeriodCode, value?.Value, value?.Denominator);
        })], w.View))];
    }
}
