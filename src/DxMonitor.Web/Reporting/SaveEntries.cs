using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Reporting;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// Saves a draft's values after checking each against its indicator (type, range, period) and last period's
/// value: a jump by more than the configured factor needs a comment. All entries are saved, or none.
/// </summary>
public static class SaveEntries
{
    public static async Task<Dictionary<string, string[]>?> HandleAsync(
        ReportContext context, EntriesWrite body, double jumpFactor, DxDbContext db, CancellationToken ct)
    {
        context.Report.EnsureEditable();
        var round = context.Round;
        var period = Period.Parse(round.PeriodCode);
        var asked = round.Indicators.ToHashSet();
        var indicators = await db.Indicators.AsNoTracking().Where(i => asked.Contains(i.Id)).ToDictionaryAsync(i => i.Code, ct);
        var last = await ReportForms.LastPeriodValuesAsync(context, db, ct);
        var errors = new Dictionary<string, string[]>();
        var level = ReportForms.LevelOf(context);
        for (var k = 0; k < body.Entries.Count; k++)
        {
            var entry = body.Entries[k];
            if (!indicators.TryGetValue(entry.Indicator, out var indicator))
            {
                errors[$"entries[{k}].indicator"] = [ReportingText.Texts.Format("NotAsked", entry.Indicator, round.Code)];
                continue;
            }
            if (entry.Value is not { } value)
            {
                continue;
            }
            foreach (var problem in indicator.Check(value, entry.Denominator, period, level))
            {
                errors[$"entries[{k}].{problem.Field}"] = [problem.Message];
            }
            if (last.TryGetValue(indicator.Id, out var before) && IsJump(before, value, jumpFactor) && string.IsNullOrWhiteSpace(entry.Comment))
            {
                errors[$"entries[{k}].comment"] = [ReportingText.Texts.Format("JumpNeedsComment", value, before, jumpFactor)];
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var ids = indicators.Values.ToDictionary(i => i.Code, i => i.Id);
        var existing = await db.ReportEntries.Where(e => e.ReportId == context.Report.Id).ToDictionaryAsync(e => e.IndicatorId, ct);
        foreach (var entry in body.Entries)
        {
            var id = ids[entry.Indicator];
            if (!existing.TryGetValue(id, out var stored))
            {
                stored = new ReportEntry { ReportId = context.Report.Id, IndicatorId = id };
                db.ReportEntries.Add(stored);
                existing[id] = stored;
            }
            (stored.Value, stored.Denominator, stored.Comment) = (entry.Value, entry.Denominator, entry.Comment);
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static bool IsJump(decimal before, decimal value, double factor) =>
        before != 0 && value != 0 && Math.Abs((double)(value / before)) is var ratio && (ratio > factor || ratio < 1 / factor);

    public static void EnsureComplete(IReadOnlyList<int> asked, IEnumerable<ReportEntry> entries)
    {
        var filled = entries.Where(e => e.Value is not null).Select(e => e.IndicatorId).ToHashSet();
        var missing = asked.Count(id => !filled.Contains(id));
        if (missing > 0)
        {
            throw new RuleViolationException(ReportingText.Texts.Format("Incomplete", missing, asked.Count), "entries");
        }
    }
}
