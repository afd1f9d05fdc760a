using System.Diagnostics;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Evaluator;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Portals;

/// <summary>
/// Evaluates on a schedule every active portal whose last evaluation is older than Portals:EvaluateEvery, the ones
/// waiting longest first, at most Evaluator:MaxConcurrency at a time. Its state is each portal's LastEvaluatedAt in
/// the database, so a restart resumes where it stopped. One log line per run. One instance schedules at a time (its lease).
/// </summary>
public sealed partial class PortalEvaluationWorker(
    IServiceScopeFactory scopes, PortalEvaluator evaluator, IOptions<PortalsOptions> options, IOptions<EvaluatorOptions> evaluatorOptions,
    Leases.Leases leases, TimeProvider clock, ILogger<PortalEvaluationWorker> logger) : BackgroundService
{
    /// <summary>The identity scheduled evaluations write the portal-score indicator as (audited as "system").</summary>
    public static readonly Actor Scheduler = new("system:portal-evaluator", Role.NationalAdministrator, null, false);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => options.Value.ScheduleEnabled
        ? leases.Get(LeaseNames.PortalScheduler).RunWhileHeldAsync(ScheduleAsync, stoppingToken)
        : Task.CompletedTask;

    private async Task ScheduleAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    /// <summary>Evaluates the portals due now; returns how many were due.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var dueBefore = clock.GetUtcNow().UtcDateTime - options.Value.EvaluateEvery;
        List<int> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
            due = await db.Portals.AsNoTracking()
                .Where(p => p.Active && (p.LastEvaluatedAt == null || p.LastEvaluatedAt < dueBefore))
                .OrderBy(p => p.LastEvaluatedAt.HasValue).ThenBy(p => p.LastEvaluatedAt).ThenBy(p => p.Id)
                .Take(options.Value.BatchSize).Select(p => p.Id).ToListAsync(ct);
        }
        var evaluated = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = evaluatorOptions.Value.MaxConcurrency, CancellationToken = ct },
            async (id, token) =>
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
                try
                {
                    var portal = await db.Portals.SingleAsync(p => p.Id == id, token);
                    var monitoring = scope.ServiceProvider.GetRequiredService<ReportChannel>();
                    var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<PortalsText>>();
                    var result = await EvaluatePortal.RunAsync(portal, EvaluatePortal.Scheduled, Scheduler, evaluator, db, clock, monitoring, text, token);
                    evaluated.Add(result.Grade);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One portal's failure (or a bug it triggers) must not stop the others of the run.
                    LogPortalFailed(logger, id, e);
                }
            });
        var grades = string.Join("", evaluated.Order());
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogRun(logger, due.Count, grades, elapsedMs);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal evaluation: {Count} portals evaluated (grades {Grades}) in {ElapsedMs} ms")]
    private static partial void LogRun(ILogger logger, int count, string grades, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Portal {PortalId} could not be evaluated")]
    private static partial void LogPortalFailed(ILogger logger, int portalId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Portal evaluation run failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
