using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Data.Dossiers;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Units;
using DxMonitor.Web.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// Turns dossiers into indicator values: after an ingest, the quarterly figures of every province or ministry
/// whose dossiers (or whose descendants' dossiers) changed are recomputed from the stored dossiers and written
/// through <see cref="RecordValues"/> as figures the dossiers own, so that they are audited, wait for publication as
/// the indicator's rule says, and reach roll-ups, targets and alerts. The batch records when its figures were
/// written, in the same transaction, so that <see cref="DossierFiguresReconciler"/> finds any batch left half done.
/// </summary>
public static class PublishDossierFigures
{
    /// <summary>Indicator code and how its value is taken from a quarter's counts (null: nothing to write).</summary>
    public static IReadOnlyList<(string Code, Func<DossierCounts, decimal?> Value)> Indicators { get; } =
    [
        ("PRV.DOSSIERS_TOTAL", c => c.Received),
        ("PRV.DOSSIERS_ONLINE", c => c.Online),
        // Unrounded (to the storage's 6 decimals): the nation's rate is then the provinces' weighted by their totals,
        // exactly its summed online dossiers over its summed total, not an average of rounded rates.
        ("PRV.ONLINE_DOSSIER_RATE", c => c.Received == 0 ? null : Math.Round(100m * c.Online / c.Received, 6)),
        ("PRV.DOSSIERS_LATE", c => c.Late),
        ("PRV.DOSSIERS_FINISHED", c => c.Finished),
        ("PRV.DOSSIERS_ON_TIME", c => c.OnTime),
        ("PRV.DOSSIERS_OVERDUE_OPEN", c => c.OverdueOpen),
        ("PRV.DOSSIERS_FULLY_ONLINE", c => c.FullyOnline),
        ("PRV.DOSSIERS_WITH_FEE", c => c.WithFee),
        ("PRV.DOSSIERS_PAID_ONLINE", c => c.PaidOnline),
        ("PRV.DOSSIERS_DIGITISED", c => c.Digitised),
    ];

    /// <summary>At most this many quarters back from now are recomputed after an ingest.</summary>
    private const int MaxQuarters = 12;

    /// <summary>
    /// Writes the figures derived from batch <paramref name="batchId"/> and marks the batch done, in one transaction;
    /// returns how many figures changed. Recomputing from the stored dossiers makes it safe to run twice.
    /// </summary>
    public static async Task<int> ExecuteAsync(long batchId, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        RecordValues.Done? done;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var batch = await db.DossierBatches.SingleAsync(b => b.Id == batchId, ct);
            if (batch.FiguresWrittenAt is not null)
            {
                return 0;
            }
            var items = await ItemsAsync(batch.TouchedUnits(), db, clock, ct);
            done = await RecordValues.StoreAsync(items, ValueWriter.Derived($"{batch.SentBy} (hồ sơ)", FigureOwner.Dossiers, "dossiers"), db, clock, ct) switch
            {
                RecordValues.Done stored => stored,
                var other => throw new InvalidOperationException($"The figures of dossier batch {batchId} were refused: {other}"),
            };
            batch.FiguresWrittenAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        await RecordValues.AnnounceAsync(done, monitoring, ct);
        return done.Result.Created + done.Result.Updated;
    }

    /// <param name="touched">Each unit whose dossiers changed, with the earliest Vietnamese month among them.</param>
    private static async Task<List<ValueItems.Item>> ItemsAsync(
        IReadOnlyDictionary<int, int> touched, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        // A database seeded before these indicators existed lacks some: those are skipped, not failed.
        var known = (await Web.Indicators.IndicatorCatalogue.LoadAsync(db, ct)).ByCode;
        var now = clock.GetUtcNow().UtcDateTime;
        var current = Period.Containing(VietnamCalendar.Today(clock), PeriodType.Quarter);
        var reporting = new Dictionary<int, Period>();
        foreach (var (unitId, month) in touched)
        {
            if (ReportingUnit(units, unitId) is { } unit)
            {
                var from = Period.Containing(DossierMonth.ToPeriod(month).Start, PeriodType.Quarter);
                reporting[unit.Id] = reporting.TryGetValue(unit.Id, out var earlier) && earlier < from ? earlier : from;
            }
        }
        var items = new List<ValueItems.Item>();
        if (reporting.Count == 0)
        {
            return items;
        }
        var subtree = reporting.Keys.SelectMany(id => units.SubtreeIds(units.ById[id])).ToHashSet();
        var parents = units.All.ToDictionary(u => u.Id, u => u.ParentId);
        var figures = DossierFigures.Compute(await DossierAggregation.LoadAsync(db, now, subtree, ct), parents, now);
        foreach (var (unitId, from) in reporting)
        {
            var unit = units.ById[unitId];
            var first = Max(from, Back(current, MaxQuarters - 1));
            for (var quarter = first; quarter <= current; quarter = quarter.Next())
            {
                if (!unit.IsValidOn(quarter.End))
                {
                    continue;
                }
                var counts = figures.For(unitId, quarter);
                foreach (var (code, value) in Indicators)
                {
                    if (known.ContainsKey(code) && value(counts) is { } v)
                    {
                        items.Add(new ValueItems.Item($"{unit.Code}.{quarter.Code}.{code}.", code, unit.Code, quarter.Code,
                            new ValueWrite(v, Comment: string.Create(CultureInfo.InvariantCulture, $"Tính từ {counts.Received} hồ sơ tiếp nhận trong kỳ (dossier records)."))));
                    }
                }
            }
        }
        return items;
    }

    /// <summary>The unit itself when it is a province or ministry, else its nearest such ancestor.</summary>
    private static OrgUnit? ReportingUnit(UnitDirectory units, int unitId)
    {
        var unit = units.ById.GetValueOrDefault(unitId);
        for (var depth = 0; unit is not null && depth < 16; depth++)
        {
            if (unit.Level is UnitLevel.Province or UnitLevel.Ministry)
            {
                return unit;
            }
            unit = unit.ParentId is { } parent ? units.ById.GetValueOrDefault(parent) : null;
        }
        return null;
    }

    private static Period Back(Period quarter, int count)
    {
        for (var i = 0; i < count && !quarter.IsFirst; i++)
        {
            quarter = quarter.Previous();
        }
        return quarter;
    }

    private static Period Max(Period a, Period b) => a > b ? a : b;
}
