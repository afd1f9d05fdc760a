using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Registries;
using DxMonitor.Web.Units;
using DxMonitor.Web.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Registries;

/// <summary>
/// After a registry changes, recounts it for the units it touched (or the nation) at the current quarter and
/// writes the counts through <see cref="RecordValues"/>, as figures the registry owns: they are checked, audited,
/// published by an analyst (or the indicator's auto-publish rule) and reach the monitoring engine.
/// </summary>
public static class RegistryCounts
{
    /// <summary>Stores the counts in the caller's transaction; the caller tells the engines after committing (<see cref="RecordValues.AnnounceAsync"/>).</summary>
    public static async Task<RecordValues.Done> StoreAsync(
        RegistryDefinition registry, IEnumerable<int> touchedUnits, Actor writer, UnitDirectory units, DxDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        var period = Period.Containing(VietnamCalendar.Today(clock), PeriodType.Quarter);
        var entries = await db.RegistryEntries.AsNoTracking().Where(e => e.Registry == registry.Key).ToListAsync(ct);
        var targets = registry.CountsAtNation
            ? [units.All.Single(u => u.Level == Domain.Units.UnitLevel.Nation && u.ParentId is null)]
            : touchedUnits.Distinct().Select(id => units.ById[id]).ToList();
        var items = new List<ValueItems.Item>();
        foreach (var unit in targets)
        {
            var own = registry.CountsAtNation ? entries : [.. entries.Where(e => e.UnitId == unit.Id)];
            items.AddRange(registry.Count(own, unit.Level, period).Select(c => new ValueItems.Item(
                $"counts[{items.Count}].", c.Indicator, unit.Code, period.Code,
                new ValueWrite(c.Value, Comment: $"Đếm từ sổ đăng ký: {registry.NameVi}"))));
        }
        // The writer was authorised for the entries; the counts follow from them and are not theirs to choose,
        // so they are written under the writer's name with the right to write the counted unit (or the nation).
        var counter = ValueWriter.Derived(writer.Name, FigureOwner.Registry, $"registry:{registry.Key}");
        return await RecordValues.StoreAsync(items, counter, db, clock, ct) as RecordValues.Done
            ?? throw new InvalidOperationException($"The counts of registry {registry.Key} for {period.Code} were refused.");
    }
}
