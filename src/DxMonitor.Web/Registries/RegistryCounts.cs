using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Registries;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Units;
using DxMonitor.Web.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Registries;

/// <summary>
/// After a registry changes, recounts it for the units it touched (or the nation) at the current quarter and
/// writes the counts through <see cref="RecordValues"/>, the single write path: they are checked, audited
/// and reach the monitoring engine like any reported value.
/// </summary>
public static class RegistryCounts
{
    public static async Task WriteAsync(
        RegistryDefinition registry, IEnumerable<int> touchedUnits, Actor writer, UnitDirectory units, DxDbContext db, TimeProvider clock,
        ReportChannel monitoring, CancellationToken ct)
    {
        var period = Period.Containing(VietnamCalendar.Today(clock), PeriodType.Quarter);
        var entries = await db.RegistryEntries.AsNoTracking().Where(e => e.Registry == registry.Key).ToListAsync(ct);
        var targets = registry.CountsAtNation
            ? [units.All.Single(u => u.Level == Domain.Units.UnitLevel.Nation && u.ParentId is null)]
            : touchedUnits.Distinct().Select(id => units.ById[id]).ToList();
        var items = new List<RecordValues.Item>();
        foreach (var unit in targets)
        {
            var own = registry.CountsAtNation ? entries : [.. entries.Where(e => e.UnitId == unit.Id)];
            items.AddRange(registry.Count(own, unit.Level, period).Select(c => new RecordValues.Item(
                $"counts[{items.Count}].", c.Indicator, unit.Code, period.Code,
                new ValueWrite(c.Value, Comment: $"Đếm từ sổ đăng ký: {registry.NameVi}"))));
        }
        // The writer was authorised for the entries; the counts follow from them and are not theirs to choose,
        // so they are written under the writer's name with the right to write the counted unit (or the nation).
        var counter = new Actor(writer.Name, Role.NationalAnalyst, null, false);
        var outcome = await RecordValues.ExecuteAsync(items, counter, db, clock, monitoring, ct);
        if (outcome is not RecordValues.Done)
        {
            throw new InvalidOperationException($"The counts of registry {registry.Key} for {period.Code} were refused: {outcome}.");
        }
    }
}
