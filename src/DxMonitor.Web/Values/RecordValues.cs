using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Domain.Values;
using DxMonitor.Web.Api;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Values;

/// <summary>
/// Stores values of indicators, one or a batch: every item is checked (codes, period, unit's validity,
/// the indicator's type and range, the writer's unit), and either all are saved in one SaveChanges or none.
/// </summary>
public static class RecordValues
{
    /// <summary>One value to write; <paramref name="Field"/> prefixes error keys ("values[3]." in a batch).</summary>
    public sealed record Item(string Field, string Indicator, string Unit, string Period, ValueWrite Write);

    public abstract record Outcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;
    public sealed record Forbidden(string Field, string Message) : Outcome;
    public sealed record Done(WriteResult Result, IReadOnlyList<DataValue> Values) : Outcome;

    private sealed record Resolved(Item Item, Indicator Indicator, OrgUnit Unit, Period Period, int? SourceId);

    /// <summary>
    /// Stores the items; what a national user writes is published as written (the national agency is the
    /// publisher), what a unit writes waits for publication.
    /// </summary>
    public static Task<Outcome> ExecuteAsync(
        IReadOnlyList<Item> items, Actor actor, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct) =>
        ExecuteAsync(items, actor, actor.IsNational, db, clock, monitoring, ct);

    /// <param name="publish">Whether the public sees the values at once, or only when they are published.</param>
    public static async Task<Outcome> ExecuteAsync(IReadOnlyList<Item> items, Actor actor, bool publish,
        DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        var outcome = await StoreAsync(items, actor, publish, db, clock, ct);
        if (outcome is Done done)
        {
            await AnnounceAsync(done, publish, monitoring, ct);
        }
        return outcome;
    }

    /// <summary>Tells the monitoring engines about stored values; a caller that stores inside its own transaction calls it after committing.</summary>
    public static async Task AnnounceAsync(Done done, bool published, ReportChannel monitoring, CancellationToken ct)
    {
        // Public view first: the worker applies messages in order, so once staff see a value the public sees it too.
        if (published)
        {
            await monitoring.PostAsync(done.Values, DataView.Published, ct);
        }
        await monitoring.PostAsync(done.Values, DataView.Working, ct);
    }

    /// <summary>Checks and stores the items without telling the monitoring engines (see <see cref="AnnounceAsync"/>).</summary>
    public static async Task<Outcome> StoreAsync(
        IReadOnlyList<Item> items, Actor actor, bool publish, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, ct);
        var errors = new Dictionary<string, List<string>>();
        var resolved = new List<Resolved>();
        foreach (var item in items)
        {
            if (Resolve(item, units, catalogue, sources, errors) is { } r)
            {
                resolved.Add(r);
            }
        }
        var denied = resolved.FirstOrDefault(r => !actor.CanWriteFor(r.Unit.Id, units.AncestorIds(r.Unit)));
        if (denied is not null)
        {
            return new Forbidden(denied.Item.Field + "unit", ApiText.Texts.Format("MayNotWriteUnit", denied.Unit.Code));
        }
        foreach (var r in resolved)
        {
            Check(r, errors);
        }
        FindDuplicates(resolved, errors);
        if (errors.Count > 0)
        {
            return new Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
        return await SaveAsync(resolved, actor, publish, db, clock, ct);
    }

    private static Resolved? Resolve(
        Item item, UnitDirectory units, IndicatorCatalogue catalogue, Dictionary<string, int> sources, Dictionary<string, List<string>> errors)
    {
        var ok = true;
        var indicator = catalogue.ByCode.GetValueOrDefault(item.Indicator);
        if (indicator is null)
        {
            ok = Fail(errors, item.Field + "indicator", ApiText.Texts.Format("IndicatorNotFound", item.Indicator));
        }
        var unit = units.ByCode.GetValueOrDefault(item.Unit);
        if (unit is null)
        {
            ok = Fail(errors, item.Field + "unit", ApiText.Texts.Format("UnitNotFound", item.Unit));
        }
        int? sourceId = null;
        if (item.Write.Source is { } sourceCode)
        {
            sourceId = sources.TryGetValue(sourceCode, out var id) ? id : null;
            if (sourceId is null)
            {
                ok = Fail(errors, item.Field + "source", ApiText.Texts.Format("SourceNotFound", sourceCode));
            }
        }
        if (!Period.TryParse(item.Period, out var period, out var periodError))
        {
            ok = Fail(errors, item.Field + "period", periodError);
        }
        return ok && indicator is not null && unit is not null ? new Resolved(item, indicator, unit, period, sourceId) : null;
    }

    private static void Check(Resolved r, Dictionary<string, List<string>> errors)
    {
        if (!r.Unit.IsValidOn(r.Period.End))
        {
            Add(errors, r.Item.Field + "period", r.Unit.ValidTo is { } end && end <= r.Period.End
                ? ApiText.Texts.Format("UnitCeased", r.Unit.Code, end, r.Period.Code)
                : ApiText.Texts.Format("UnitNotYetExisting", r.Unit.Code, r.Period.Code));
        }
        foreach (var problem in r.Indicator.Check(r.Item.Write.Value, r.Item.Write.Denominator, r.Period, r.Unit.Level))
        {
            Add(errors, r.Item.Field + problem.Field, problem.Message);
        }
    }

    private static void FindDuplicates(List<Resolved> resolved, Dictionary<string, List<string>> errors)
    {
        foreach (var group in resolved.GroupBy(r => (r.Indicator.Id, r.Unit.Id, r.Period)).Where(g => g.Count() > 1))
        {
            var first = group.First().Item.Field.TrimEnd('.');
            foreach (var duplicate in group.Skip(1))
            {
                Add(errors, duplicate.Item.Field + "period", ApiText.Texts.Format("ValueGivenTwice", first));
            }
        }
    }

    private static async Task<Done> SaveAsync(List<Resolved> resolved, Actor actor, bool publish, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var indicatorIds = resolved.Select(r => r.Indicator.Id).Distinct().ToList();
        var unitIds = resolved.Select(r => r.Unit.Id).Distinct().ToList();
        var periodCodes = resolved.Select(r => r.Period.Code).Distinct().ToList();
        var existing = (await db.DataValues
                .Where(v => indicatorIds.Contains(v.IndicatorId) && unitIds.Contains(v.UnitId) && periodCodes.Contains(v.PeriodCode))
                .ToListAsync(ct))
            .ToDictionary(v => (v.IndicatorId, v.UnitId, v.PeriodCode));
        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0, unchanged = 0;
        var values = new List<DataValue>();
        foreach (var r in resolved)
        {
            var write = r.Item.Write;
            var revision = new ValueRevision(write.Value, write.Denominator, write.Comment, r.SourceId, actor.Name);
            if (existing.TryGetValue((r.Indicator.Id, r.Unit.Id, r.Period.Code), out var value))
            {
                _ = value.Revise(revision, now) ? updated++ : unchanged++;
            }
            else
            {
                value = DataValue.Record(r.Indicator.Id, r.Unit.Id, r.Period, revision, now);
                db.DataValues.Add(value);
                created++;
            }
            if (publish)
            {
                value.Publish(now);
            }
            values.Add(value);
        }
        await db.SaveChangesAsync(ct);
        return new Done(new WriteResult(created, updated, unchanged), values);
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }
        list.Add(message);
    }

    private static bool Fail(Dictionary<string, List<string>> errors, string field, string message)
    {
        Add(errors, field, message);
        return false;
    }
}
