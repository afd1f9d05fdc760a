using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Values;

/// <summary>
/// The checks every value write shares, whatever it goes to (stored values or a report's draft): codes, the
/// writer's unit, the path owning the indicator, the indicator's type and range, the unit's validity, and
/// duplicates. Error keys are the item's <see cref="Item.Field"/> prefix plus the field ("values[3].unit").
/// </summary>
public static class ValueItems
{
    /// <summary>One value to write; <paramref name="Field"/> prefixes error keys ("values[3]." in a batch).</summary>
    public sealed record Item(string Field, string Indicator, string Unit, string Period, ValueWrite Write);

    public sealed record Resolved(Item Item, Indicator Indicator, OrgUnit Unit, Period Period, int? SourceId);

    /// <summary>The items resolved, or the first outcome that refuses them (403, 409, 422), in that order of precedence.</summary>
    public sealed record Checked(IReadOnlyList<Resolved> Items, UnitDirectory Units, RecordValues.Outcome? Refusal);

    public static async Task<Checked> CheckAsync(IReadOnlyList<Item> items, Actor actor, FigureOwner path, DxDbContext db, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, ct);
        var errors = new FieldErrors();
        var resolved = items.Select(item => Resolve(item, units, catalogue, sources, errors)).OfType<Resolved>().ToList();
        if (resolved.FirstOrDefault(r => !actor.CanWriteFor(r.Unit.Id, units.AncestorIds(r.Unit))) is { } denied)
        {
            return new(resolved, units, new RecordValues.Forbidden(denied.Item.Field + "unit", ApiText.Texts.Format("MayNotWriteUnit", denied.Unit.Code)));
        }
        var owned = new FieldErrors();
        foreach (var r in resolved.Where(r => r.Indicator.Owner != FigureOwner.Formula))
        {
            if (r.Indicator.CheckOwner(path) is { } problem)
            {
                owned.Add(r.Item.Field + problem.Field, problem.Message);
            }
        }
        if (owned.Count > 0)
        {
            return new(resolved, units, new RecordValues.Conflict(owned.ToDictionary()));
        }
        foreach (var r in resolved)
        {
            Check(r, errors);
        }
        FindDuplicates(resolved, errors);
        return new(resolved, units, errors.Count > 0 ? new RecordValues.Invalid(errors.ToDictionary()) : null);
    }

    private static Resolved? Resolve(
        Item item, UnitDirectory units, IndicatorCatalogue catalogue, Dictionary<string, int> sources, FieldErrors errors)
    {
        var ok = true;
        var indicator = catalogue.ByCode.GetValueOrDefault(item.Indicator);
        if (indicator is null)
        {
            ok = errors.Fail(item.Field + "indicator", ApiText.Texts.Format("IndicatorNotFound", item.Indicator));
        }
        var unit = units.ByCode.GetValueOrDefault(item.Unit);
        if (unit is null)
        {
            ok = errors.Fail(item.Field + "unit", ApiText.Texts.Format("UnitNotFound", item.Unit));
        }
        int? sourceId = null;
        if (item.Write.Source is { } sourceCode)
        {
            sourceId = sources.TryGetValue(sourceCode, out var id) ? id : null;
            if (sourceId is null)
            {
                ok = errors.Fail(item.Field + "source", ApiText.Texts.Format("SourceNotFound", sourceCode));
            }
        }
        if (!Period.TryParse(item.Period, out var period, out var periodError))
        {
            ok = errors.Fail(item.Field + "period", periodError);
        }
        return ok && indicator is not null && unit is not null ? new Resolved(item, indicator, unit, period, sourceId) : null;
    }

    private static void Check(Resolved r, FieldErrors errors)
    {
        if (!r.Unit.IsValidOn(r.Period.End))
        {
            errors.Add(r.Item.Field + "period", r.Unit.ValidTo is { } end && end <= r.Period.End
                ? ApiText.Texts.Format("UnitCeased", r.Unit.Code, end, r.Period.Code)
                : ApiText.Texts.Format("UnitNotYetExisting", r.Unit.Code, r.Period.Code));
        }
        foreach (var problem in r.Indicator.Check(r.Item.Write.Value, r.Item.Write.Denominator, r.Period, r.Unit.Level))
        {
            errors.Add(r.Item.Field + problem.Field, problem.Message);
        }
    }

    private static void FindDuplicates(List<Resolved> resolved, FieldErrors errors)
    {
        foreach (var group in resolved.GroupBy(r => (r.Indicator.Id, r.Unit.Id, r.Period)).Where(g => g.Count() > 1))
        {
            var first = group.First().Item.Field.TrimEnd('.');
            foreach (var duplicate in group.Skip(1))
            {
                errors.Add(duplicate.Item.Field + "period", ApiText.Texts.Format("ValueGivenTwice", first));
            }
        }
    }
}
