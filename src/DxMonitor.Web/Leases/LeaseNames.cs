namespace DxMonitor.Web.Leases;

/// <summary>The pieces of background work that run on one instance at a time, each under its own lease.</summary>
public static class LeaseNames
{
    /// <summary>Writing the monitoring pass's alert transitions (every instance still computes its own engine for reads).</summary>
    public const string MonitoringAlerts = "monitoring-alerts";

    public const string NotificationSender = "notification-sender";
    public const string DossiersDueSoon = "dossiers-due-soon";
    public const string ProjectWarnings = "project-warnings";
    public const string PortalScheduler = "portal-scheduler";
    public const string DossierFigures = "dossier-figures";
    public const string ReportNotices = "report-notices";
}
