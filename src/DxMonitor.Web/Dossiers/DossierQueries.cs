using DxMonitor.Data;
using DxMonitor.Data.Dossiers;
using DxMonitor.Domain;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Dossiers;

/// <summary>Reads shared by the API and the pages, always within what the reader may see.</summary>
public static class DossierQueries
{
    /// <summary>Filters of the late-dossier list.</summary>
    /// <param name="Unit">A unit code: its dossiers and those of every unit below it.</param>
    /// <param name="Period">Dossiers due within this period (2025Q2, 2025M05, 2025).</param>
    /// <param name="Procedure">Procedure code.</param>
    /// <param name="Explained">true: only explained; false: only unexplained.</param>
    /// <param name="Open">true: still open past due; false: resolved late.</param>
    /// <param name="Search">Text in the dossier id, procedure or unit name (accents optional).</param>
    public sealed record LateFilter(string? Unit, string? Period, string? Procedure, bool? Explained, bool? Open, string? Search);

    public static async Task<FiguresResponse> FiguresAsync(DossierAccess access, string unitCode, Period period, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var unit = access.Units.Require(unitCode, "unit");
        if (!access.CanRead(unit))
        {
            throw new DossierAccessDeniedException(unit.Code);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var subtree = access.Units.SubtreeIds(unit);
        var parents = access.Units.All.ToDictionary(u => u.Id, u => u.ParentId);
        var figures = DossierFigures.Compute(await DossierAggregation.LoadAsync(db, now, subtree, ct), parents, now);
        return FiguresResponse.From(unit.Code, unit.NameVi, period.Code, figures.For(unit.Id, period));
    }

    public static async Task<List<LateDossierResponse>> LateAsync(DossierAccess access, LateFilter filter, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        HashSet<int>? ids = access.ReadableIds();
        if (filter.Unit is { Length: > 0 } code)
        {
            var unit = access.Units.Require(code, "unit");
            if (!access.CanRead(unit))
            {
                throw new DossierAccessDeniedException(unit.Code);
            }
            ids = access.Units.SubtreeIds(unit);
        }
        var query = db.Dossiers.AsNoTracking()
            .Where(d => d.DueAt != null && (d.Outcome == DossierOutcome.Late || d.Outcome == DossierOutcome.Open && d.DueAt < now));
        if (ids is not null)
        {
            var list = ids.ToList();
            query = query.Where(d => list.Contains(d.UnitId));
        }
        if (filter.Period is { Length: > 0 } periodCode)
        {
            var period = Period.TryParse(periodCode, out var p, out var error) ? p : throw new RuleViolationException(error, "period");
            var first = DossierMonth.Of(Period.Containing(period.Start, PeriodType.Month));
            var last = DossierMonth.Of(Period.Containing(period.End, PeriodType.Month));
            query = query.Where(d => d.DueMonth >= first && d.DueMonth <= last);
        }
        if (filter.Procedure is { Length: > 0 } procedure)
        {
            query = query.Where(d => d.ProcedureCode == procedure);
        }
        if (filter.Open is { } open)
        {
            query = open ? query.Where(d => d.Outcome == DossierOutcome.Open) : query.Where(d => d.Outcome == DossierOutcome.Late);
        }
        var dossiers = await query.Take(100_000).ToListAsync(ct);
        var unitIds = dossiers.Select(d => d.UnitId).Distinct().ToList();
        var explanations = (await db.DossierExplanations.AsNoTracking().Where(e => unitIds.Contains(e.UnitId)).ToListAsync(ct))
            .GroupBy(e => (e.UnitId, e.DossierNumber))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.ExplainedAt).ThenByDescending(e => e.Id).First());
        var needle = SearchText.Fold(filter.Search ?? "");
        return [.. dossiers
            .Select(d => ToResponse(d, explanations.GetValueOrDefault((d.UnitId, d.Number)), access, now))
            .Where(r => filter.Explained is not { } explained || r.Explained == explained)
            .Where(r => needle.Length == 0 || SearchText.Fold($"{r.DossierId} {r.Procedure} {r.Unit} {r.UnitNameVi}").Contains(needle, StringComparison.Ordinal))
            .OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.DossierId, StringComparer.Ordinal)];
    }

    private static LateDossierResponse ToResponse(Dossier d, DossierExplanation? e, DossierAccess access, DateTime now)
    {
        var unit = access.Units.ById[d.UnitId];
        return new(unit.Code, unit.NameVi, d.Number, d.ProcedureCode, DossierParser.Key(d.Channel), DossierParser.Key(d.Status),
            Utc(d.ReceivedAt), Utc(d.DueAt ?? default), d.FinishedAt is { } f ? Utc(f) : null, d.IsOpen, DossierTiming.DaysOverdue(d, now),
            e is not null, e?.Reason, e?.Remedy, e?.ExplainedBy, e?.ExplainedAt is { } at ? Utc(at) : null);
    }

    /// <summary>SQLite gives times back without a kind; they are stored in UTC.</summary>
    public static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
