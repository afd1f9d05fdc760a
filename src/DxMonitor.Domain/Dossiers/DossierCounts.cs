namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// The figures of a unit for a period: flows (received, resolved on time or late, …) counted in the period,
/// and the dossiers still open past their due time at the period's end (or now, for the current period); the
/// lifecycle facts of the dossiers received in the period.
/// </summary>
public readonly record struct DossierCounts(
    int Received, int Online, int FullyOnline, int WithFee, int PaidOnline,
    int OnTime, int Late, int Digitised, int OverdueOpen, LifecycleCounts Lifecycle = default)
{
    /// <summary>Resolved in the period (finished or rejected): on time plus late.</summary>
    public int Finished => OnTime + Late;

    public decimal? OnlineShare => Share(Online, Received);
    public decimal? FullyOnlineShare => Share(FullyOnline, Received);

    /// <summary>Paid online among the received dossiers that carried a fee.</summary>
    public decimal? OnlinePaymentShare => Share(PaidOnline, WithFee);

    /// <summary>Results issued in digital form among the resolved dossiers.</summary>
    public decimal? DigitisedShare => Share(Digitised, Finished);

    public decimal? OnTimeShare => Share(OnTime, Finished);

    /// <summary>Flows add up; the overdue stock too when <paramref name="addStock"/> (units), not when adding months of one unit.</summary>
    public DossierCounts Plus(DossierCounts other, bool addStock = true) => new(
        Received + other.Received, Online + other.Online, FullyOnline + other.FullyOnline, WithFee + other.WithFee,
        PaidOnline + other.PaidOnline, OnTime + other.OnTime, Late + other.Late, Digitised + other.Digitised,
        addStock ? OverdueOpen + other.OverdueOpen : OverdueOpen, Lifecycle.Plus(other.Lifecycle));

    /// <summary>A percentage rounded to two decimals; none when nothing was counted.</summary>
    public static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 2);
}
