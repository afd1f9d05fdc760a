namespace DxMonitor.Web.Dashboards;

public static class DashboardsSetup
{
    public static void AddDashboards(this WebApplicationBuilder builder) => builder.Services.AddScoped<DashboardSource>();
}
