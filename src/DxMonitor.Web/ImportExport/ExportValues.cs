using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Units;
using DxMonitor.Domain.Values;
using DxMonitor.Web.Api;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using DxMonitor.Web.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// The rows of an export (stored values, filtered like GET /api/v1/values) and of a template (one empty row
/// per unit of a level and indicator), as cells in <see cref="ValueSheet.Columns"/> order.
/// </summary>
public static class ExportValues
{
    public sealed record Filter(string? Indicator, string? Unit, string? From, string? To, DataView View);

    public sealed record Rows(int Count, IAsyncEnumerable<object?[]> Items);

    public static async Task<Rows> ValuesAsync(Filter filter, DxDbContext db, CancellationToken ct)
    {
        var (query, catalogue, units) = await ValueQueries.FilterAsync(filter.Indicator, filter.Unit, filter.From, filter.To, filter.View, db, ct);
        var count = await query.CountAsync(ct);
        return new Rows(count, query.AsAsyncEnumerable().Select(v => Cells(v, catalogue, units, filter.View)));
    }

    private static object?[] Cells(DataValue v, IndicatorCatalogue catalogue, UnitDirectory units, DataView view)
    {
        var (value, denominator) = ValueQueries.Seen(v, view);
        var indicator = catalogue.ById[v.IndicatorId];
        var unit = units.ById[v.UnitId];
        var source = v.SourceId is { } s ? catalogue.SourceCodes.GetValueOrDefault(s) : null;
        return [indicator.Code, indicator.NameVi, unit.Code, unit.NameVi, v.PeriodCode, value, denominator, v.Comment, source, indicator.UnitOfMeasureVi, null, null];
    }

    /// <summary>One row per unit of <paramref name="level"/> valid on <paramref name="asOf"/> (default: the period's end) and indicator.</summary>
    public static async Task<List<object?[]>> TemplateAsync(
        string? indicators, string? level, string? period, string? asOf, string? unit, DxDbContext db, CancellationToken ct)
    {
        var parsedPeriod = Require.Period(period, "period");
        var unitLevel = Require.Enum<UnitLevel>(level, "level") ?? UnitLevel.Province;
        DateOnly date = parsedPeriod.End;
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            throw new RuleViolationException(ImportExportText.Texts.Format("AsOfNotADate", asOf), "asOf");
        }
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var codes = (indicators ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 0)
        {
            throw new RuleViolationException(ImportExportText.Texts.Format("NameIndicators"), "indicators");
        }
        var unknown = codes.Where(c => !catalogue.ByCode.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new RuleViolationException(ImportExportText.Texts.Format("UnknownIndicators", string.Join(", ", unknown.Select(c => $"'{c}'"))), "indicators");
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        var only = string.IsNullOrWhiteSpace(unit) ? null : units.Require(unit, "unit");
        var wanted = UnitDirectory.InDisplayOrder(units.All.Where(u => (only is null ? u.Level == unitLevel : u.Id == only.Id) && u.IsValidOn(date))).ToList();
        var asked = codes.Select(code => catalogue.ByCode[code]).ToList();
        var askedIds = asked.Select(i => i.Id).ToList();
        var unitIds = wanted.Select(u => u.Id).ToList();
        var previous = parsedPeriod.Previous().Code;
        // Published figures only: a template may list other units than the reader's own.
        var last = await db.DataValues.AsNoTracking()
            .Where(v => v.PeriodCode == previous && askedIds.Contains(v.IndicatorId) && unitIds.Contains(v.UnitId) && v.PublishedValue != null)
            .ToDictionaryAsync(v => (v.IndicatorId, v.UnitId), v => v.PublishedValue / 1.0000000000000000000000000000m, ct); // written without trailing zeros
        var targets = (await db.Targets.AsNoTracking().Where(t => askedIds.Contains(t.IndicatorId) && t.RetiredOn == null).ToListAsync(ct))
            .GroupBy(t => (t.IndicatorId, t.Scope)).ToDictionary(g => g.Key, g => (decimal?)g.MaxBy(t => t.Deadline)!.Value);
        return [.. wanted.SelectMany(u => asked.Select(i =>
            new object?[] { i.Code, i.NameVi, u.Code, u.NameVi, parsedPeriod.Code, null, null, null, null, i.UnitOfMeasureVi,
                last.GetValueOrDefault((i.Id, u.Id)), targets.GetValueOrDefault((i.Id, u.Level)) }))];
    }
}
