using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Alerts;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Monitoring;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Projects;

/// <summary>
/// Feeds the project warnings into the alert inbox: every <see cref="ProjectsOptions.WarningCheckMinutes"/> it
/// computes the warnings of every active project, as the projects pages do, and applies one
/// <see cref="AlertRule.ProjectWarning"/> alert per project and warning kind to the owner unit, through the same
/// alert lifecycle and notifications as the engine's alerts; an alert resolves once its warning is gone. One
/// instance checks at a time.
/// </summary>
public sealed class ProjectWarningWatcher(
    IServiceScopeFactory scopes, IOptions<ProjectsOptions> options, IOptions<MonitoringOptions> monitoring,
    AlertStore store, Leases.Leases leases, TimeProvider clock, ILogger<ProjectWarningWatcher> logger)
    : AlertWatcher(scopes, monitoring, store, leases, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.WarningCheckMinutes);

    protected override string LeaseName => LeaseNames.ProjectWarnings;

    protected override string CheckName => "check of project warnings";

    protected override Task<IReadOnlyList<AlertTransition>> CheckAsync(IServiceProvider services, DxDbContext db, AlertWrite write, CancellationToken ct) =>
        CheckAsync(db, services.GetRequiredService<ProjectQueries>(), Clock, options.Value, write, ct);

    /// <summary>One check: the candidates for every active project's warnings, applied to the stored project alerts.</summary>
    public static async Task<IReadOnlyList<AlertTransition>> CheckAsync(
        DxDbContext db, ProjectQueries queries, TimeProvider clock, ProjectsOptions options, AlertWrite write, CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock);
        var projects = await queries.ListAsync(null, null, null, null, ct);
        var candidates = projects.SelectMany(p => ProjectWarningAlerts.Candidates(p, queries, today, options.MilestoneCriticalDays)).ToList();
        return await write.Store.ApplyAsync(db, candidates, clock.GetUtcNow().UtcDateTime, write.Policy, ct, AlertRule.ProjectWarning, write.Lease);
    }
}
