using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Registries;
using DxMonitor.Domain.Text;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Layout;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using DxMonitor.Web.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Registries;

/// <summary>
/// Adds, updates or removes entries of a registry, one or many (an import): each is checked against its
/// registry's definition and the writer's units; all are saved with the recounted indicators in one
/// transaction, or none.
/// </summary>
public static class SaveRegistryEntry
{
    /// <summary>One entry to write: <paramref name="Id"/> null adds one; <paramref name="Field"/> prefixes error keys.</summary>
    public sealed record Item(string Field, Guid? Id, RegistryEntryWrite Write);

    public abstract record Outcome;
    public sealed record Invalid(FieldErrors Errors) : Outcome;
    public sealed record Forbidden(string Field, string Unit) : Outcome;
    public sealed record NotFound(string Field) : Outcome;
    public sealed record Done(IReadOnlyList<RegistryEntry> Entries, int Created, int Updated) : Outcome;

    public static async Task<Outcome> ExecuteAsync(
        RegistryDefinition registry, IReadOnlyList<Item> items, Actor actor, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var today = VietnamCalendar.Today(clock);
        var ids = items.Where(i => i.Id is not null).Select(i => i.Id!.Value).ToList();
        var existing = await db.RegistryEntries.Where(e => e.Registry == registry.Key && ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var errors = new FieldErrors();
        var checkedItems = new List<(Item Item, OrgUnit Unit, string Name, Dictionary<string, string> Fields, RegistryEntry? Entry)>();
        var touched = new HashSet<int>();
        foreach (var item in items)
        {
            RegistryEntry? entry = null;
            if (item.Id is { } id && (!existing.TryGetValue(id, out entry) || !CanWrite(actor, entry.UnitId, units)))
            {
                return new NotFound(item.Field + "id");
            }
            var (name, fields, problems) = RegistryRules.Normalise(registry, item.Write.Name, item.Write.Fields);
            errors.AddRange(problems, item.Field);
            if (CheckUnit(registry, item, units, today, errors) is not { } unit)
            {
                continue;
            }
            if (!CanWrite(actor, unit.Id, units))
            {
                return new Forbidden(item.Field + "unit", unit.Code);
            }
            checkedItems.Add((item, unit, name, fields, entry));
            touched.Add(unit.Id);
            if (entry is not null)
            {
                touched.Add(entry.UnitId);
            }
        }
        if (errors.Count > 0)
        {
            return new Invalid(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var saved = new List<RegistryEntry>();
        foreach (var (_, unit, name, fields, entry) in checkedItems)
        {
            var target = entry ?? db.RegistryEntries.Add(new RegistryEntry { Registry = registry.Key, UnitId = unit.Id, Name = name, UpdatedAt = now }).Entity;
            target.UnitId = unit.Id;
            target.Name = name;
            target.NameFolded = SearchText.Fold(name);
            target.Fields = fields;
            target.UpdatedAt = now;
            saved.Add(target);
        }
        await SaveWithCountsAsync(registry, touched, actor, units, db, clock, monitoring, ct);
        return new Done(saved, checkedItems.Count(c => c.Entry is null), checkedItems.Count(c => c.Entry is not null));
    }

    public static async Task<bool> DeleteAsync(
        RegistryDefinition registry, Guid id, Actor actor, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var entry = await db.RegistryEntries.SingleOrDefaultAsync(e => e.Registry == registry.Key && e.Id == id, ct);
        if (entry is null || !CanWrite(actor, entry.UnitId, units))
        {
            return false;
        }
        db.RegistryEntries.Remove(entry);
        await SaveWithCountsAsync(registry, [entry.UnitId], actor, units, db, clock, monitoring, ct);
        return true;
    }

    private static bool CanWrite(Actor actor, int unitId, UnitDirectory units) =>
        units.ById.TryGetValue(unitId, out var unit) && actor.CanWriteFor(unitId, units.AncestorIds(unit));

    private static OrgUnit? CheckUnit(RegistryDefinition registry, Item item, UnitDirectory units, DateOnly today, FieldErrors errors)
    {
        var field = item.Field + "unit";
        if (!units.ByCode.TryGetValue(item.Write.Unit ?? "", out var unit))
        {
            errors.Add(field, RegistriesText.Texts.Format("UnknownUnit", item.Write.Unit));
            return null;
        }
        if (!registry.Levels.Contains(unit.Level))
        {
            errors.Add(field, RegistriesText.Texts.Format("KeptByLevel", Display.IsEnglish ? registry.NameEn : registry.NameVi,
                string.Join(RegistriesText.Texts.Format("Or"), registry.Levels.Select(UnitLevelNames.InWords)), unit.Code, unit.Level.InWords()));
            return null;
        }
        if (!unit.IsValidOn(today))
        {
            errors.Add(field, RegistriesText.Texts.Format("UnitGone", unit.Code));
            return null;
        }
        return unit;
    }

    private static async Task SaveWithCountsAsync(
        RegistryDefinition registry, IEnumerable<int> touched, Actor actor, UnitDirectory units, DxDbContext db, TimeProvider clock,
        ReportChannel monitoring, CancellationToken ct)
    {
        RecordValues.Done counts;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            counts = await RegistryCounts.StoreAsync(registry, touched, actor, units, db, clock, ct);
            await transaction.CommitAsync(ct);
        }
        await RecordValues.AnnounceAsync(counts, monitoring, ct);
    }
}
