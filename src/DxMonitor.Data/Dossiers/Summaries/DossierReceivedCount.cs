namespace DxMonitor.Data.Dossiers.Summaries;

/// <summary>A unit's dossiers received in a Vietnamese month, kept up to date by every ingest (<see cref="DossierSummaries"/>).</summary>
public sealed class DossierReceivedCount
{
    public int UnitId { get; set; }
    public int Month { get; set; }
    public int Received { get; set; }
    public int Online { get; set; }
    public int FullyOnline { get; set; }
    public int WithFee { get; set; }
    public int PaidOnline { get; set; }
    public int PortalSent { get; set; }
    public int Portal { get; set; }
    public int SyncedSent { get; set; }
    public int Synced { get; set; }
    public int InputSent { get; set; }
    public int Input { get; set; }
    public int ReuseSent { get; set; }
    public int Reused { get; set; }
}
