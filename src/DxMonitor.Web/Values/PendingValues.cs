using DxMonitor.Data;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Values;
using DxMonitor.Web.Api;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Values;

/// <summary>
/// Stored values the public does not see as they stand: never published (new) or changed since their publication
/// (a pending correction, e.g. a dossier recount of a published quarter). What an analyst reviews before publishing.
/// </summary>
public static class PendingValues
{
    public static async Task<Paged<PendingValueResponse>> ListAsync(
        string? indicator, string? unit, string? period, PageRequest paging, DxDbContext db, CancellationToken ct)
    {
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var units = await UnitDirectory.LoadAsync(db, ct);
        var query = db.DataValues.AsNoTracking().Where(v => !v.IsSample
            && (v.PublishedAt == null || v.PublishedValue != v.Value || v.PublishedDenominator != v.Denominator));
        if (indicator is not null)
        {
            var id = catalogue.Require(indicator, "indicator").Id;
            query = query.Where(v => v.IndicatorId == id);
        }
        if (unit is not null)
        {
            var id = units.Require(unit, "unit").Id;
            query = query.Where(v => v.UnitId == id);
        }
        if (period is not null)
        {
            var code = Require.Period(period, "period").Code;
            query = query.Where(v => v.PeriodCode == code);
        }
        var total = await query.CountAsync(ct);
        var values = await query.OrderBy(v => v.IndicatorId).ThenBy(v => v.PeriodStart).ThenBy(v => v.UnitId)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return new([.. values.Select(v => ToResponse(v, catalogue.ById[v.IndicatorId], units))], paging.Page, paging.PageSize, total);
    }

    private static PendingValueResponse ToResponse(DataValue v, Indicator indicator, UnitDirectory units) => new(
        indicator.Code, units.CodeOf(v.UnitId) ?? "", v.PeriodCode, indicator.Owner, v.Value, v.Denominator,
        v.PublishedAt is null ? null : v.PublishedValue, v.PublishedAt is null ? null : v.PublishedDenominator, v.PublishedAt,
        v.PublishedAt is null ? PendingKind.New : PendingKind.Correction, v.Via, v.SubmittedBy, v.UpdatedAt);
}

public enum PendingKind
{
    /// <summary>The public has never seen a figure for this cell.</summary>
    New,

    /// <summary>The public sees an older figure; the stored one replaces it when published.</summary>
    Correction,
}

/// <summary>A value waiting for publication: the stored figure beside the one the public sees (null when none).</summary>
public sealed record PendingValueResponse(
    string Indicator, string Unit, string Period, FigureOwner Owner, decimal Value, decimal? Denominator,
    decimal? PublishedValue, decimal? PublishedDenominator, DateTime? PublishedAt, PendingKind Kind,
    string? Via, string? SubmittedBy, DateTime UpdatedAt);
