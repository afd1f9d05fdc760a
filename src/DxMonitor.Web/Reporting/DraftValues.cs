using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Reporting;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// A unit officer's values, sent by the values API (one or a batch) or an import, go into the unit's report for the
/// round that asks for them, with the report form's rules (<see cref="SaveEntries"/>: range, last period's jump needs a
/// comment); they reach the working figures when the report is submitted and are stored when it is accepted. A value no
/// round asks for, or one of a report already submitted or accepted, is refused (409) and nothing is written.
/// </summary>
public static class DraftValues
{
    public sealed record Drafted(WriteResult Result) : RecordValues.Written(Result);

    public static async Task<RecordValues.Outcome> ExecuteAsync(
        IReadOnlyList<ValueItems.Item> items, Actor actor, double jumpFactor, DxDbContext db, CancellationToken ct)
    {
        var (resolved, units, refusal) = await ValueItems.CheckAsync(items, actor, FigureOwner.Reported, db, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        var periods = resolved.Select(r => r.Period.Code).Distinct().ToList();
        var unitIds = resolved.Select(r => r.Unit.Id).Distinct().ToList();
        var rounds = await db.Rounds.AsNoTracking().Where(r => periods.Contains(r.PeriodCode)).ToListAsync(ct);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var reports = await db.Reports.Where(r => roundIds.Contains(r.RoundId) && unitIds.Contains(r.UnitId)).ToListAsync(ct);
        var conflicts = new FieldErrors();
        var drafts = new Dictionary<Report, (ReportContext Context, List<SaveEntries.Item> Items)>();
        foreach (var r in resolved)
        {
            var round = rounds.FirstOrDefault(x => x.PeriodCode == r.Period.Code && x.Level == r.Unit.Level && x.Indicators.Contains(r.Indicator.Id));
            var report = round is null ? null : reports.FirstOrDefault(x => x.RoundId == round.Id && x.UnitId == r.Unit.Id);
            if (round is null || report is null)
            {
                conflicts.Add(r.Item.Field + "period", ReportingText.Texts.Format("NoRoundAsks", r.Indicator.Code, r.Period.Code, r.Unit.Code));
                continue;
            }
            if (!report.IsEditable)
            {
                conflicts.Add(r.Item.Field + "value", ReportingText.Texts.Format(
                    report.State == ReportState.Submitted ? "ReportUnderReview" : "ReportLocked", r.Unit.Code, round.Code, report.State.InWords()));
                continue;
            }
            if (!drafts.TryGetValue(report, out var draft))
            {
                drafts[report] = draft = (new ReportContext(round, report, units), []);
            }
            var write = r.Item.Write;
            draft.Items.Add(new(r.Item.Field, new EntryWrite(r.Indicator.Code, write.Value, write.Denominator, write.Comment)));
        }
        if (conflicts.Count > 0)
        {
            return new RecordValues.Conflict(conflicts.ToDictionary());
        }
        var errors = new FieldErrors();
        foreach (var (context, entries) in drafts.Values)
        {
            errors.AddAll(await SaveEntries.CheckAsync(context, entries, jumpFactor, db, ct));
        }
        if (errors.Count > 0)
        {
            return new RecordValues.Invalid(errors.ToDictionary());
        }
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (context, entries) in drafts.Values)
        {
            var counts = await SaveEntries.StageAsync(context, entries, db, ct);
            (created, updated, unchanged) = (created + counts.Created, updated + counts.Updated, unchanged + counts.Unchanged);
        }
        await db.SaveChangesAsync(ct);
        var described = drafts.Values.Select(d => Describe(d.Context)).ToList();
        return new Drafted(new WriteResult(created, updated, unchanged, described));
    }

    private static DraftedReport Describe(ReportContext context)
    {
        var unit = context.Units.ById[context.Report.UnitId].Code;
        return new(context.Round.Code, unit, context.Round.PeriodCode, context.Report.State,
            $"/api/v1/rounds/{Uri.EscapeDataString(context.Round.Code)}/reports/{Uri.EscapeDataString(unit)}");
    }
}
