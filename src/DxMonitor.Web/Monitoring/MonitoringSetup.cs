using DxMonitor.Data;
using DxMonitor.Web.Hosting;

namespace DxMonitor.Web.Monitoring;

public static class MonitoringSetup
{
    public static void AddMonitoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MonitoringState>();
        builder.Services.AddSingleton<ReportChannel>();
        builder.Services.AddHostedService<MonitoringWorker>();
        if (builder.DatabaseOptions().Provider == DatabaseProvider.Postgres)
        {
            // Several instances may share a PostgreSQL database: each follows the others' changes (ADR 021).
            builder.Services.AddSingleton<EngineChangeLog>();
            builder.Services.AddHostedService<ChangeFollower>();
        }
        builder.Services.AddOptions<Alerts.AlertingOptions>().BindConfiguration(Alerts.AlertingOptions.Section);
        builder.Services.AddSingleton<Alerts.AlertAnnouncer>();
        builder.Services.AddSingleton<AlertStore>();
    }
}
