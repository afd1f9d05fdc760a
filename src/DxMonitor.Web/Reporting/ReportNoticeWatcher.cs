using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Alerts;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Monitoring;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// Tells units about their reports (<see cref="ReportNotices"/>): every <see cref="ReportingOptions.NoticeCheckMinutes"/>
/// on one instance, the notices are applied to the stored alerts rule by rule, so each reaches the unit's inbox and,
/// through the outbox, its subscribers' e-mail or webhook, like any alert.
/// </summary>
public sealed class ReportNoticeWatcher(
    IServiceScopeFactory scopes, IOptions<ReportingOptions> options, IOptions<MonitoringOptions> monitoring,
    AlertStore store, Leases.Leases leases, TimeProvider clock, ILogger<ReportNoticeWatcher> logger)
    : AlertWatcher(scopes, monitoring, store, leases, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.NoticeCheckMinutes);

    protected override string LeaseName => LeaseNames.ReportNotices;

    protected override string CheckName => "check of report notices";

    protected override Task<IReadOnlyList<AlertTransition>> CheckAsync(IServiceProvider services, DxDbContext db, AlertWrite write, CancellationToken ct) =>
        CheckAsync(db, Clock, options.Value, write, ct);

    public static async Task<IReadOnlyList<AlertTransition>> CheckAsync(
        DxDbContext db, TimeProvider clock, ReportingOptions options, AlertWrite write, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await ReportNotices.CandidatesAsync(db, now, options, ct);
        var transitions = new List<AlertTransition>();
        foreach (var (rule, list) in candidates)
        {
            transitions.AddRange(await write.Store.ApplyAsync(db, list, now, write.Policy, ct, rule, write.Lease));
        }
        return transitions;
    }
}
