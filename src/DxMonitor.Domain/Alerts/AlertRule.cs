namespace DxMonitor.Domain.Alerts;

/// <summary>What an alert (cảnh báo) warns about.</summary>
public enum AlertRule
{
    ReportOverdue = 0,
    BehindTrajectory = 1,
    DeadlineMissed = 2,
    Outlier = 3,
    MissingForRanking = 4,

    /// <summary>Open dossiers of a unit fall due within days (raised by the dossier watcher, not the engine).</summary>
    DossierDueSoon = 5,

    /// <summary>A DX investment project has a warning of one kind (raised by the project watcher, not the engine).</summary>
    ProjectWarning = 6,

    /// <summary>A unit's report was returned by the reviewer and waits for the unit's correction (the report watcher).</summary>
    ReportReturned = 7,

    /// <summary>A unit's report is not submitted and its round falls due within days (the report watcher).</summary>
    ReportDueSoon = 8,

    /// <summary>A unit's report was accepted, with the reviewer's note: a notice for a few days (the report watcher).</summary>
    ReportAccepted = 9,
}
