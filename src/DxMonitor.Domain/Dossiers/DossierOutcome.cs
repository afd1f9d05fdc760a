namespace DxMonitor.Domain.Dossiers;

/// <summary>How a closed dossier ended, stored with it so that figures are counted without comparing dates.</summary>
public enum DossierOutcome
{
    /// <summary>Still open (the overdue test then depends on the date).</summary>
    Open = 0,
    OnTime = 1,
    Late = 2,
    Withdrawn = 3,
}
