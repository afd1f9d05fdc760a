namespace DxMonitor.Data.Dossiers.Summaries;

/// <summary>A unit's dossiers resolved in a Vietnamese month, kept up to date by every ingest (<see cref="DossierSummaries"/>).</summary>
public sealed class DossierClosedCount
{
    public int UnitId { get; set; }
    public int Month { get; set; }
    public int OnTime { get; set; }
    public int Late { get; set; }
    public int Digitised { get; set; }
}
