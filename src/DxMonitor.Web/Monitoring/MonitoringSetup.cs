namespace DxMonitor.Web.Monitoring;

public static class MonitoringSetup
{
    public static void AddMonitoring(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "dx-index.json"), optional: false, reloadOnChange: false);
        builder.Services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MonitoringState>();
        builder.Services.AddSingleton<ReportChannel>();
        builder.Services.AddHostedService<MonitoringWorker>();
        builder.Services.AddOptions<Alerts.AlertingOptions>().BindConfiguration(Alerts.AlertingOptions.Section);
        builder.Services.AddSingleton<Alerts.AlertAnnouncer>();
        builder.Services.AddSingleton<AlertStore>();
    }
}
