using System.Globalization;

namespace DxMonitor.Domain.Dossiers;

/// <summary>One accepted ingest of dossiers (file, JSON batch or stream): who sent how many rows, when, for which units.</summary>
public sealed class DossierBatch
{
    public long Id { get; private set; }
    public required string SentBy { get; init; }
    public required DateTime ReceivedAt { get; init; }

    /// <summary>csv, json or stream.</summary>
    public required string Channel { get; init; }

    public required long Rows { get; init; }

    /// <summary>Codes of the units whose dossiers the batch held, comma separated (cut at 2000 characters).</summary>
    public required string Units { get; init; }

    /// <summary>
    /// Each unit whose dossiers the batch changed, with the earliest Vietnamese month among them ("12:202501,40:202411"):
    /// what the figures derived from the batch must be recomputed from. Stored with the dossiers, in their transaction.
    /// </summary>
    public string Touched { get; init; } = "";

    /// <summary>When the figures derived from the batch were written; null until then (a reconciler finds such batches).</summary>
    public DateTime? FiguresWrittenAt { get; set; }

    public static string DescribeTouched(IReadOnlyDictionary<int, int> touched) =>
        string.Join(',', touched.OrderBy(t => t.Key).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}:{t.Value}")));

    /// <summary>The units and months of <see cref="Touched"/>.</summary>
    public IReadOnlyDictionary<int, int> TouchedUnits() =>
        Touched.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .ToDictionary(p => int.Parse(p[0], CultureInfo.InvariantCulture), p => int.Parse(p[1], CultureInfo.InvariantCulture));
}
