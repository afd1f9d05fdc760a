using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// Accepting a report writes its values through <see cref="RecordValues"/> (validation, audit) and locks the
/// report, in one transaction, then tells the monitoring engine. The public sees the values once the report is published. A correction's values carry its revision and reason.
/// </summary>
public static class AcceptReport
{
    public static async Task HandleAsync(
        ReportContext context, Actor reviewer, string? note, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        var (round, report, units) = context;
        var entries = await db.ReportEntries.AsNoTracking().Where(e => e.ReportId == report.Id).ToListAsync(ct);
        var codes = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Code, ct);
        report.Accept(reviewer.Name, clock.GetUtcNow().UtcDateTime, note);
        var unit = units.ById[report.UnitId].Code;
        var items = entries.Where(e => e.Value is not null).Select((e, i) => new ValueItems.Item($"entries[{i}].", codes[e.IndicatorId], unit, round.PeriodCode,
            new ValueWrite(e.Value!.Value, e.Denominator, Comment(e.Comment, report.Revision, report.CorrectionReason)))).ToList(); // filtered on non-null
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Accepted values stay out of public view until the report is published.
        var outcome = await RecordValues.StoreAsync(items, ValueWriter.Acceptance(reviewer, round.Code, report.Id), db, clock, ct);
        if (outcome is not RecordValues.Done done)
        {
            throw new RuleViolationException(ReportingText.Texts.Format("ValuesNoLongerStorable", outcome), "entries");
        }
        await transaction.CommitAsync(ct);
        await RecordValues.AnnounceAsync(done, monitoring, ct);
    }

    private static string? Comment(string? comment, int revision, string? reason) =>
        revision == 1 ? comment : $"Sửa đổi lần {revision}: {reason}" + (string.IsNullOrWhiteSpace(comment) ? "" : $" — {comment}");
}
