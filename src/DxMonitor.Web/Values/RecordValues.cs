using DxMonitor.Data;
using DxMonitor.Domain.Reporting;
using DxMonitor.Domain.Values;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Values;

/// <summary>
/// Stores values of indicators, one or a batch, for a <see cref="ValueWriter"/>: every item is checked
/// (<see cref="ValueItems"/>: codes, the writer's unit, the path owning the indicator, type and range), no figure of a
/// report under review or accepted is typed over, and either all are saved in one SaveChanges (audited with the
/// path they came by) or none. Unit officers never come here: their values go to their report (<c>DraftValues</c>).
/// </summary>
public static class RecordValues
{
    public abstract record Outcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;
    public sealed record Forbidden(string Field, string Message) : Outcome;

    /// <summary>The write would type over a figure another path owns, or one a report has locked (409).</summary>
    public sealed record Conflict(Dictionary<string, string[]> Errors) : Outcome;

    /// <summary>Written: stored (<see cref="Done"/>) or, for a unit officer, put in the unit's reports (<c>DraftValues.Drafted</c>).</summary>
    public abstract record Written(WriteResult Result) : Outcome;

    /// <summary>Stored; <paramref name="Published"/> are those the public now sees.</summary>
    public sealed record Done(WriteResult Result, IReadOnlyList<DataValue> Values, IReadOnlyList<DataValue> Published) : Written(Result);

    public static async Task<Outcome> ExecuteAsync(
        IReadOnlyList<ValueItems.Item> items, ValueWriter writer, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        var outcome = await StoreAsync(items, writer, db, clock, ct);
        if (outcome is Done done)
        {
            await AnnounceAsync(done, monitoring, ct);
        }
        return outcome;
    }

    /// <summary>Tells the monitoring engines about stored values; a caller that stores inside its own transaction calls it after committing.</summary>
    public static async Task AnnounceAsync(Done done, ReportChannel monitoring, CancellationToken ct)
    {
        // Public view first: the worker applies messages in order, so once staff see a value the public sees it too.
        await monitoring.PostAsync(done.Published, Domain.Access.DataView.Published, ct);
        await monitoring.PostAsync(done.Values, Domain.Access.DataView.Working, ct);
    }

    /// <summary>Checks and stores the items without telling the monitoring engines (see <see cref="AnnounceAsync"/>).</summary>
    public static async Task<Outcome> StoreAsync(
        IReadOnlyList<ValueItems.Item> items, ValueWriter writer, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (resolved, units, refusal) = await ValueItems.CheckAsync(items, writer.Actor, writer.Path, db, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        if (await LockedAsync(resolved, writer, units, db, ct) is { Count: > 0 } locked)
        {
            return new Conflict(locked);
        }
        return await SaveAsync(resolved, writer, db, clock, ct);
    }

    /// <summary>Figures of a report that is submitted, accepted or published, other than the one being accepted: no writer types over them.</summary>
    private static async Task<Dictionary<string, string[]>> LockedAsync(
        IReadOnlyList<ValueItems.Resolved> resolved, ValueWriter writer, Units.UnitDirectory units, DxDbContext db, CancellationToken ct)
    {
        var indicatorIds = resolved.Select(r => r.Indicator.Id).Distinct().ToList();
        var unitIds = resolved.Select(r => r.Unit.Id).Distinct().ToList();
        var periodCodes = resolved.Select(r => r.Period.Code).Distinct().ToList();
        var exempt = writer.AcceptedReportId ?? 0;
        var locks = await (
                from entry in db.ReportEntries
                join report in db.Reports on entry.ReportId equals report.Id
                join round in db.Rounds on report.RoundId equals round.Id
                where entry.Value != null && report.Id != exempt && report.State != ReportState.Draft && report.State != ReportState.Returned
                      && indicatorIds.Contains(entry.IndicatorId) && unitIds.Contains(report.UnitId) && periodCodes.Contains(round.PeriodCode)
                select new { entry.IndicatorId, report.UnitId, round.PeriodCode, Round = round.Code, report.State })
            .ToListAsync(ct);
        var byCell = locks.ToLookup(l => (l.IndicatorId, l.UnitId, l.PeriodCode));
        var errors = new Api.FieldErrors();
        foreach (var r in resolved)
        {
            foreach (var l in byCell[(r.Indicator.Id, r.Unit.Id, r.Period.Code)])
            {
                errors.Add(r.Item.Field + "value", ApiText.Texts.Format("ValueLockedByReport", r.Indicator.Code, units.CodeOf(l.UnitId),
                    l.PeriodCode, l.Round, l.State.InWords()));
            }
        }
        return errors.ToDictionary();
    }

    private static async Task<Done> SaveAsync(IReadOnlyList<ValueItems.Resolved> resolved, ValueWriter writer, DxDbContext db, TimeProvider clock, CancellationToken ct)
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
        var published = new List<DataValue>();
        foreach (var r in resolved)
        {
            var write = r.Item.Write;
            var revision = new ValueRevision(write.Value, write.Denominator, write.Comment, r.SourceId, writer.Actor.Name, writer.Via);
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
            if (PublishesNow(writer.Publication, r.Indicator, value) && value.Publish(now))
            {
                published.Add(value);
            }
            values.Add(value);
        }
        await db.SaveChangesAsync(ct);
        return new Done(new WriteResult(created, updated, unchanged), values, published);
    }

    private static bool PublishesNow(Publication publication, Domain.Indicators.Indicator indicator, DataValue value) => publication switch
    {
        Publication.AsWritten => true,
        Publication.ByIndicatorRule => indicator.AutoPublish && value.PublishedAt is null,
        _ => false,
    };
}
