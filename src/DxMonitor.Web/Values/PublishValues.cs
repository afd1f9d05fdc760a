using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Values;
using DxMonitor.Web.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Values;

/// <summary>
/// Makes stored values public: each value's current figure becomes what the public sees (audited as a
/// publication), and the public engine is told after the change is saved.
/// </summary>
public static class PublishValues
{
    /// <summary>
    /// Publishes the values for the period of the unit (every unit when null) and of the given indicators (every
    /// indicator when null); returns how many changed.
    /// </summary>
    public static async Task<int> ExecuteAsync(int? unitId, string periodCode, IReadOnlyCollection<int>? indicatorIds,
        DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        var values = await db.DataValues
            .Where(v => (unitId == null || v.UnitId == unitId) && v.PeriodCode == periodCode && !v.IsSample && (indicatorIds == null || indicatorIds.Contains(v.IndicatorId)))
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var published = values.Where(v => v.Publish(now)).ToList();
        await db.SaveChangesAsync(ct);
        await monitoring.PostAsync(published, DataView.Published, ct);
        return published.Count;
    }
}

/// <summary>Which values to publish for a period: a unit's (all indicators or the ones listed), or the listed indicators' for every unit.</summary>
/// <param name="Unit">Unit code; none means every unit, and then indicators must be listed.</param>
/// <param name="Period">Period code, e.g. 2025Q3.</param>
/// <param name="Indicators">Indicator codes; none means every indicator the unit has a value for in the period.</param>
public sealed record PublishRequest(
    [property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.StringLength(8)] string Period,
    [property: System.ComponentModel.DataAnnotations.StringLength(40)] string? Unit = null,
    IReadOnlyList<string>? Indicators = null);

/// <summary>How many values became public.</summary>
public sealed record PublishResult(int Published);
