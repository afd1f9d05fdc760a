using System.Runtime.InteropServices;

namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// Signed changes to the per-unit, per-month dossier counts: an ingest adds the dossiers it writes and subtracts
/// the stored ones they replace, and the summary rows are then moved by exactly this much, in the same transaction.
/// The keys are those of <see cref="DossierAggregates"/>; an overdue key's closing month is 0 while the dossier is open.
/// </summary>
public sealed class DossierTally
{
    private readonly Dictionary<(int Unit, int Month), DossierAggregates.ReceivedRow> _received = [];
    private readonly Dictionary<(int Unit, int Month), DossierAggregates.ClosedRow> _closed = [];
    private readonly Dictionary<(int Unit, int Due, int Finished), int> _overdue = [];

    public IEnumerable<DossierAggregates.ReceivedRow> Received => _received.Values.Where(r => r != new DossierAggregates.ReceivedRow(r.UnitId, r.Month, 0, 0, 0, 0, 0));

    public IEnumerable<DossierAggregates.ClosedRow> Closed => _closed.Values.Where(c => c.OnTime != 0 || c.Late != 0 || c.Digitised != 0);

    /// <summary>(unit, due month, closing month or 0, change in count), without the keys whose changes cancelled out.</summary>
    public IEnumerable<(int UnitId, int DueMonth, int FinishedMonth, int Count)> Overdue =>
        _overdue.Where(o => o.Value != 0).Select(o => (o.Key.Unit, o.Key.Due, o.Key.Finished, o.Value));

    /// <summary>Counts <paramref name="count"/> dossiers of this shape in (positive) or out (negative).</summary>
    public void Add(DossierShape d, int count)
    {
        // One hash lookup per summary row, updated in place (an ingest calls this for every dossier it writes).
        var life = LifecycleCounts.Of(d.Facts);
        ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(_received, (d.UnitId, d.ReceivedMonth), out var known);
        if (!known)
        {
            row = new DossierAggregates.ReceivedRow(d.UnitId, d.ReceivedMonth, 0, 0, 0, 0, 0);
        }
        row = row with
        {
            Received = row.Received + count,
            Online = row.Online + (d.Channel == DossierChannel.Online ? count : 0),
            FullyOnline = row.FullyOnline + (d.Scope == OnlineScope.Full ? count : 0),
            WithFee = row.WithFee + (d.PaidOnline is not null ? count : 0),
            PaidOnline = row.PaidOnline + (d.PaidOnline == true ? count : 0),
            Lifecycle = row.Lifecycle.Plus(life.Times(count)),
        };
        if (d.Outcome is DossierOutcome.OnTime or DossierOutcome.Late)
        {
            var month = d.FinishedMonth ?? 0;
            ref var closed = ref CollectionsMarshal.GetValueRefOrAddDefault(_closed, (d.UnitId, month), out known);
            if (!known)
            {
                closed = new DossierAggregates.ClosedRow(d.UnitId, month, 0, 0, 0);
            }
            closed = closed with
            {
                OnTime = closed.OnTime + (d.Outcome == DossierOutcome.OnTime ? count : 0),
                Late = closed.Late + (d.Outcome == DossierOutcome.Late ? count : 0),
                Digitised = closed.Digitised + (d.Digitised ? count : 0),
            };
        }
        if (d.Outcome is DossierOutcome.Open or DossierOutcome.Late or DossierOutcome.Withdrawn && d.DueMonth is { } due)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_overdue, (d.UnitId, due, d.FinishedMonth ?? 0), out _) += count;
        }
    }

    public void Add(Dossier dossier) => Add(DossierShape.Of(dossier), 1);
}
