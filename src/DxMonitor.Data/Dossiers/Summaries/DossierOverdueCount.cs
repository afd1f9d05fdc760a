namespace DxMonitor.Data.Dossiers.Summaries;

/// <summary>
/// A unit's dossiers (open, resolved late or withdrawn) due in <see cref="DueMonth"/> and closed in
/// <see cref="FinishedMonth"/>, 0 while open: the spans during which they were open past due.
/// </summary>
public sealed class DossierOverdueCount
{
    public int UnitId { get; set; }
    public int DueMonth { get; set; }
    public int FinishedMonth { get; set; }
    public int Count { get; set; }
}
