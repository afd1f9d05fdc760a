using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Rollups;
using DxMonitor.Domain.Values;
using DxMonitor.Web.Api;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Values;

/// <summary>Reads of values shared by the API and the pages.</summary>
public static class ValueQueries
{
    /// <summary>Stored values filtered by indicator, unit and period range (unknown codes name their field), in list order.</summary>
    public static async Task<(IQueryable<DataValue> Query, IndicatorCatalogue Catalogue, UnitDirectory Units)> FilterAsync(
        string? indicator, string? unit, string? from, string? to, DataView view, DxDbContext db, CancellationToken ct, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var start = from is null ? (DateOnly?)null : Api.Require.Period(from, "from", clock, Api.Require.SpanEnd.First).Start;
        var end = to is null ? (DateOnly?)null : Api.Require.Period(to, "to", clock, Api.Require.SpanEnd.Last).End;
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var units = await UnitDirectory.LoadAsync(db, ct);
        int? indicatorId = indicator is null ? null : catalogue.Require(indicator, "indicator").Id;
        int? unitId = unit is null ? null : units.Require(unit, "unit").Id;
        var query = Visible(db, view)
            .Where(v => (indicatorId == null || v.IndicatorId == indicatorId) && (unitId == null || v.UnitId == unitId)
                && (start == null || v.PeriodStart >= start) && (end == null || v.PeriodStart <= end))
            .OrderBy(v => v.IndicatorId).ThenBy(v => v.UnitId).ThenBy(v => v.PeriodStart).ThenBy(v => v.PeriodType);
        return (query, catalogue, units);
    }

    /// <summary>The stored values a reader may see: every one for staff, the published ones for the public.</summary>
    /// <summary>
    /// The view of a read of values filtered by <paramref name="unitCode"/>: unpublished values of a unit the reader
    /// reads (<see cref="ReadScope"/>), published ones otherwise and for reads across units.
    /// </summary>
    public static async Task<DataView> ViewForAsync(Actor actor, string? unitCode, DxDbContext db, CancellationToken ct)
    {
        if (actor.ReadsEveryUnit || unitCode is null)
        {
            return actor.View;
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        return units.ByCode.TryGetValue(unitCode, out var unit) ? actor.ViewOf(unit, units) : DataView.Published;
    }

    public static IQueryable<DataValue> Visible(DxDbContext db, DataView view) => view == DataView.Published
        ? db.DataValues.AsNoTracking().Where(v => v.PublishedAt != null)
        : db.DataValues.AsNoTracking();

    /// <summary>A value as the reader sees it: the current figure for staff, the last published one for the public.</summary>
    public static (decimal Value, decimal? Denominator) Seen(DataValue v, DataView view) =>
        view == DataView.Published ? (v.PublishedValue ?? 0, v.PublishedDenominator) : (v.Value, v.Denominator);

    public static ValueResponse ToResponse(DataValue v, IndicatorCatalogue catalogue, UnitDirectory units, DataView view)
    {
        var (value, denominator) = Seen(v, view);
        return new(catalogue.ById[v.IndicatorId].Code, units.ById[v.UnitId].Code, v.PeriodCode, value, denominator, v.Comment,
            v.SourceId is { } s ? catalogue.SourceCodes.GetValueOrDefault(s) : null, v.SubmittedBy, v.IsSample, v.UpdatedAt, v.Version);
    }

    /// <summary>
    /// The value of an indicator for a unit as it is today: its own report if it existed at the period's end,
    /// otherwise its predecessors' reports combined by the indicator's rule (sums for additive values, rates
    /// recomputed with their weights).
    /// </summary>
    public static async Task<ResolvedValueResponse> ResolveAsync(
        int indicatorId, int unitId, Period period, DataView view, DxDbContext db, CancellationToken ct)
    {
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var units = await UnitDirectory.LoadAsync(db, ct);
        var indicator = catalogue.ById[indicatorId];
        var unit = units.ById[unitId];
        var contributors = units.Lineage().ContributorsFor(unitId, period);
        var ids = contributors.Select(c => c.UnitId).ToList();
        var wanted = indicator.WeightIndicatorId is { } w ? new[] { indicatorId, w } : [indicatorId];
        var stored = await Visible(db, view)
            .Where(v => wanted.Contains(v.IndicatorId) && ids.Contains(v.UnitId) && v.PeriodCode == period.Code)
            .ToListAsync(ct);
        var values = stored.Where(v => v.IndicatorId == indicatorId).ToDictionary(v => v.UnitId, v => Seen(v, view));
        var rows = stored.Where(v => v.IndicatorId == indicatorId).ToDictionary(v => v.UnitId);
        var weights = stored.Where(v => v.IndicatorId == indicator.WeightIndicatorId).ToDictionary(v => v.UnitId, v => Seen(v, view).Value);

        if (contributors is [var self] && self.UnitId == unitId)
        {
            var own = rows.GetValueOrDefault(unitId);
            var seen = own is null ? default((decimal Value, decimal? Denominator)?) : Seen(own, view);
            return new(indicator.Code, unit.Code, period.Code, ValueOrigin.Reported, seen?.Value, seen?.Denominator,
                own is null ? ApiText.Texts.Format("NoOwnValue", unit.Code, indicator.Code, period.Code) : null,
                own is null ? null : ToResponse(own, catalogue, units, view), []);
        }
        var parts = contributors.Where(c => values.ContainsKey(c.UnitId))
            .Select(c => new Contribution(c.UnitId, values[c.UnitId].Value, weights.TryGetValue(c.UnitId, out var wt) ? wt : null, c.Share))
            .ToList();
        var combined = contributors.Count == 0
            ? AggregateValue.None(ApiText.Texts.Format("NoPredecessor", unit.Code, period.Code))
            : parts.Count < contributors.Count
                ? AggregateValue.None(ApiText.Texts.Format("PredecessorsWithoutValue", contributors.Count - parts.Count, contributors.Count), parts.Count)
                : Aggregator.Combine(indicator.Aggregation, parts, indicator.CountCondition);
        var contributorResponses = contributors.Select(c => new ContributorResponse(
            units.ById[c.UnitId].Code, units.ById[c.UnitId].NameVi, c.Share, values.TryGetValue(c.UnitId, out var seen) ? seen.Value : null,
            weights.TryGetValue(c.UnitId, out var weight) ? weight : null)).ToList();
        return new(indicator.Code, unit.Code, period.Code, ValueOrigin.Predecessors, combined.Value, combined.Denominator,
            combined.NoValueReason, null, contributorResponses);
    }

    public static async Task<List<ValueChangeResponse>> HistoryAsync(int indicatorId, int unitId, Period period, DxDbContext db, CancellationToken ct)
    {
        var changes = await db.DataValueChanges.AsNoTracking()
            .Where(c => c.IndicatorId == indicatorId && c.UnitId == unitId && c.PeriodCode == period.Code)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        return [.. changes.Select(c => new ValueChangeResponse(
            c.Kind.ToString(), c.OldValue, c.NewValue, c.OldDenominator, c.NewDenominator, c.Comment, c.ChangedBy, c.ChangedAt, c.ClientAddress))];
    }
}
