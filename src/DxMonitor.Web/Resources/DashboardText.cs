namespace DxMonitor.Web.Resources;

/// <summary>Marker for the dashboards', map's, unit and public pages' UI strings: DashboardText.resx is Vietnamese, .en.resx English.</summary>
public sealed class DashboardText;
