using DxMonitor.Data.Resources;
using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// Ingests dossier rows from any source (file, JSON batch, stream) in constant memory: each row is checked
/// (<see cref="DossierParser"/>), its unit resolved and authorised, and staged; after the last row the staged
/// rows are merged in one transaction, or, if any row failed, nothing is. Problems are collected up to a
/// limit, after which reading stops.
/// </summary>
public static class DossierIngest
{
    public sealed record Row(long Number, DossierFields Fields);

    public sealed record Problem(long Row, string Column, string Message);

    /// <summary>A unit code resolved: its id and whether the sender may send its dossiers.</summary>
    public sealed record UnitAccess(int Id, bool Allowed);

    public abstract record Outcome;

    /// <summary>
    /// Stored as batch <paramref name="BatchId"/>; <paramref name="Touched"/> gives each unit's earliest Vietnamese month
    /// (yyyyMM) among the rows, also kept on the batch until its figures are written.
    /// </summary>
    public sealed record Done(long Rows, IReadOnlyDictionary<int, int> Touched, long BatchId) : Outcome;

    /// <summary>Rows failed; nothing was stored. <paramref name="Stopped"/> when reading stopped at the problem limit.</summary>
    public sealed record Invalid(IReadOnlyList<Problem> Problems, long Rows, bool Stopped) : Outcome;

    /// <summary>A row of a unit the sender may not send for; reading stopped there and nothing was stored.</summary>
    public sealed record Forbidden(long Row, string Unit) : Outcome;

    public sealed record Empty : Outcome;

    /// <param name="StatutoryDue">The due time the procedure catalogue gives a dossier sent without one (null: none).</param>
    public sealed record Settings(string SentBy, string Channel, DateTime NowUtc, int MaxProblems, Func<Dossier, DateTime?>? StatutoryDue = null);

    public static async Task<Outcome> RunAsync(
        IAsyncEnumerable<Row> rows, Func<string, UnitAccess?> units, DossierStore store, Settings settings, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var touched = new Dictionary<int, int>();
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            count++;
            var parsed = DossierParser.Parse(row.Fields, settings.NowUtc);
            var unit = parsed.UnitCode.Length == 0 ? null : units(parsed.UnitCode);
            if (unit is { Allowed: false })
            {
                await store.AbandonAsync();
                return new Forbidden(row.Number, parsed.UnitCode);
            }
            foreach (var problem in parsed.Problems)
            {
                problems.Add(new(row.Number, problem.Field, problem.Message));
            }
            if (unit is null && parsed.UnitCode.Length > 0)
            {
                problems.Add(new(row.Number, DossierColumns.Unit.Key, IngestText.Texts.Format("UnitNotFound", parsed.UnitCode)));
            }
            if (problems.Count > 0)
            {
                await store.AbandonAsync();
                if (problems.Count >= settings.MaxProblems)
                {
                    return new Invalid([.. problems.Take(settings.MaxProblems)], count, Stopped: true);
                }
                continue;
            }
            if (parsed.Dossier is { } dossier && unit is not null)
            {
                dossier.UnitId = unit.Id;
                dossier.UpdatedAt = settings.NowUtc;
                if (dossier.DueAt is null && settings.StatutoryDue?.Invoke(dossier) is { } due)
                {
                    dossier = dossier.WithStatutoryDue(due);
                }
                await store.StageAsync(row.Number, dossier, ct);
                touched[unit.Id] = Math.Min(touched.GetValueOrDefault(unit.Id, int.MaxValue), dossier.ReceivedMonth);
                if (codes.Count < 200)
                {
                    codes.Add(parsed.UnitCode);
                }
            }
        }
        if (problems.Count > 0)
        {
            return new Invalid(problems, count, Stopped: false);
        }
        if (count == 0)
        {
            return new Empty();
        }
        var units2000 = string.Join(',', codes);
        var batch = new DossierBatch
        {
            SentBy = settings.SentBy,
            ReceivedAt = settings.NowUtc,
            Channel = settings.Channel,
            Rows = count,
            Units = units2000.Length <= 2000 ? units2000 : units2000[..1999] + "…",
            Touched = DossierBatch.DescribeTouched(touched),
        };
        var merged = await store.MergeAsync(batch, settings.MaxProblems, ct);
        if (merged.Duplicates.Count > 0)
        {
            return new Invalid([.. merged.Duplicates.Select(d => new Problem(d.Row, DossierColumns.DossierId.Key,
                IngestText.Texts.Format("DossierGivenTwice", d.Number, d.FirstRow)))], count, Stopped: false);
        }
        return new Done(count, touched, merged.BatchId);
    }
}
