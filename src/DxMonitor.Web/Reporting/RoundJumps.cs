using DxMonitor.Data;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>How many of each report's values jumped against the unit's stored value of the period before (the form's jump rule).</summary>
public static class RoundJumps
{
    /// <returns>By unit code, the number of the report's values that jumped; units with none are left out.</returns>
    public static async Task<Dictionary<string, int>> CountAsync(ReportingRound round, double factor, DxDbContext db, CancellationToken ct)
    {
        var ids = round.Indicators;
        var previous = Period.Parse(round.PeriodCode).Previous().Code;
        var entries = await db.ReportEntries.AsNoTracking()
            .Join(db.Reports.Where(r => r.RoundId == round.Id), e => e.ReportId, r => r.Id, (e, r) => new { r.UnitId, e.IndicatorId, e.Value })
            .Where(e => e.Value != null)
            .ToListAsync(ct);
        var before = await db.DataValues.AsNoTracking()
            .Where(v => v.PeriodCode == previous && ids.Contains(v.IndicatorId))
            .Select(v => new { v.UnitId, v.IndicatorId, v.Value })
            .ToDictionaryAsync(v => (v.UnitId, v.IndicatorId), v => v.Value, ct);
        var jumps = entries
            .Where(e => before.TryGetValue((e.UnitId, e.IndicatorId), out var last) && new ValueChange(last, e.Value!.Value).IsJump(factor))
            .GroupBy(e => e.UnitId)
            .ToDictionary(g => g.Key, g => g.Count());
        var codes = await db.Units.AsNoTracking().Where(u => jumps.Keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        return jumps.ToDictionary(j => codes[j.Key], j => j.Value, StringComparer.Ordinal);
    }
}
