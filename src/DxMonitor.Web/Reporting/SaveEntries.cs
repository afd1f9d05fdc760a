using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Reporting;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// Saves a draft's values after checking each against its indicator (type, range, period, owner) and last period's
/// value: a jump by more than the configured factor needs a comment. All entries are saved, or none. The same
/// checks serve the form, the report API and an officer's values sent through the values API or an import
/// (<see cref="DraftValues"/>).
/// </summary>
public static class SaveEntries
{
    /// <summary>An entry to check, with the prefix of its error keys ("entries[3]." on the form, "values[3]." in a batch).</summary>
    public sealed record Item(string Field, EntryWrite Entry);

    /// <summary>How many entries were added, changed and left as they were.</summary>
    public sealed record Counts(int Created, int Updated, int Unchanged);

    public static async Task<Dictionary<string, string[]>?> HandleAsync(
        ReportContext context, EntriesWrite body, double jumpFactor, DxDbContext db, CancellationToken ct)
    {
        context.Report.EnsureEditable();
        var items = body.Entries.Select((e, k) => new Item($"entries[{k}].", e)).ToList();
        var errors = await CheckAsync(context, items, jumpFactor, db, ct);
        if (errors.Count > 0)
        {
            return errors.ToDictionary();
        }
        await StageAsync(context, items, db, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Checks entries for a report of the context's round; the report must be editable (checked by the caller).</summary>
    public static async Task<FieldErrors> CheckAsync(ReportContext context, IReadOnlyList<Item> items, double jumpFactor, DxDbContext db, CancellationToken ct)
    {
        var round = context.Round;
        var period = Period.Parse(round.PeriodCode);
        var indicators = await AskedAsync(round, db, ct);
        var last = await ReportForms.LastPeriodValuesAsync(context, db, ct);
        var errors = new FieldErrors();
        var level = ReportForms.LevelOf(context);
        foreach (var (field, entry) in items)
        {
            if (!indicators.TryGetValue(entry.Indicator, out var indicator))
            {
                errors.Add(field + "indicator", ReportingText.Texts.Format("NotAsked", entry.Indicator, round.Code));
                continue;
            }
            if (indicator.Owner is not (FigureOwner.Reported or FigureOwner.Formula) && indicator.CheckOwner(FigureOwner.Reported) is { } notOwned)
            {
                errors.Add(field + notOwned.Field, notOwned.Message);
                continue;
            }
            if (entry.Value is not { } value)
            {
                continue;
            }
            errors.AddRange(indicator.Check(value, entry.Denominator, period, level), field);
            if (last.TryGetValue(indicator.Id, out var before) && new ValueChange(before, value).IsJump(jumpFactor) && string.IsNullOrWhiteSpace(entry.Comment))
            {
                errors.Add(field + "comment", ReportingText.Texts.Format("JumpNeedsComment", value, before, jumpFactor));
            }
        }
        return errors;
    }

    /// <summary>Adds or changes the report's entries (checked already); the caller saves.</summary>
    public static async Task<Counts> StageAsync(ReportContext context, IReadOnlyList<Item> items, DxDbContext db, CancellationToken ct)
    {
        var ids = (await AskedAsync(context.Round, db, ct)).ToDictionary(i => i.Key, i => i.Value.Id);
        var existing = await db.ReportEntries.Where(e => e.ReportId == context.Report.Id).ToDictionaryAsync(e => e.IndicatorId, ct);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (_, entry) in items)
        {
            var id = ids[entry.Indicator];
            if (!existing.TryGetValue(id, out var stored))
            {
                stored = new ReportEntry { ReportId = context.Report.Id, IndicatorId = id };
                db.ReportEntries.Add(stored);
                existing[id] = stored;
                created++;
            }
            else if (stored.Value == entry.Value && stored.Denominator == entry.Denominator && stored.Comment == entry.Comment)
            {
                unchanged++;
                continue;
            }
            else
            {
                updated++;
            }
            (stored.Value, stored.Denominator, stored.Comment) = (entry.Value, entry.Denominator, entry.Comment);
        }
        return new Counts(created, updated, unchanged);
    }

    private static async Task<Dictionary<string, Indicator>> AskedAsync(ReportingRound round, DxDbContext db, CancellationToken ct)
    {
        var asked = round.Indicators.ToHashSet();
        return await db.Indicators.AsNoTracking().Where(i => asked.Contains(i.Id)).ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
    }

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
