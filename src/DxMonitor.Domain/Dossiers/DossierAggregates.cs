namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// Dossiers counted per unit and Vietnamese month, the shape a database's GROUP BY returns: received per
/// month of receipt, resolved per month of closing, and the spans during which dossiers were open past due.
/// </summary>
public sealed record DossierAggregates(
    IReadOnlyList<DossierAggregates.ReceivedRow> Received,
    IReadOnlyList<DossierAggregates.ClosedRow> Closed,
    IReadOnlyList<DossierAggregates.OverdueRow> Overdue)
{
    public readonly record struct ReceivedRow(int UnitId, int Month, int Received, int Online, int FullyOnline, int WithFee, int PaidOnline, LifecycleCounts Lifecycle = default);

    public readonly record struct ClosedRow(int UnitId, int Month, int OnTime, int Late, int Digitised);

    /// <summary>Dossiers (open or resolved late) due in <paramref name="DueMonth"/> and closed in <paramref name="FinishedMonth"/> (null: open).</summary>
    public readonly record struct OverdueRow(int UnitId, int DueMonth, int? FinishedMonth, bool DueBeforeNow, int Count);

    /// <summary>The same counts from dossiers in memory: the reference the database queries are tested against.</summary>
    public static DossierAggregates FromDossiers(IEnumerable<Dossier> dossiers, DateTime nowUtc)
    {
        var list = dossiers.ToList();
        var received = list.GroupBy(d => (d.UnitId, d.ReceivedMonth)).Select(g => new ReceivedRow(g.Key.UnitId, g.Key.ReceivedMonth,
            g.Count(), g.Count(d => d.Channel == DossierChannel.Online), g.Count(d => d.Scope == OnlineScope.Full),
            g.Count(d => d.PaidOnline is not null), g.Count(d => d.PaidOnline == true),
            g.Aggregate(default(LifecycleCounts), (sum, d) => sum.Plus(LifecycleCounts.Of(d)))));
        var closed = list.Where(d => d.Outcome is DossierOutcome.OnTime or DossierOutcome.Late && d.FinishedMonth is not null)
            .GroupBy(d => (d.UnitId, Month: d.FinishedMonth ?? 0)).Select(g => new ClosedRow(g.Key.UnitId, g.Key.Month,
                g.Count(d => d.Outcome == DossierOutcome.OnTime), g.Count(d => d.Outcome == DossierOutcome.Late), g.Count(d => d.Digitised)));
        var overdue = list.Where(d => d.Outcome is DossierOutcome.Open or DossierOutcome.Late or DossierOutcome.Withdrawn && d.DueMonth is not null)
            .GroupBy(d => (d.UnitId, Due: d.DueMonth ?? 0, d.FinishedMonth, BeforeNow: d.DueAt < nowUtc))
            .Select(g => new OverdueRow(g.Key.UnitId, g.Key.Due, g.Key.FinishedMonth, g.Key.BeforeNow, g.Count()));
        return new([.. received], [.. closed], [.. overdue]);
    }
}
