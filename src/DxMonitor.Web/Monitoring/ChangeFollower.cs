using DxMonitor.Data;
using DxMonitor.Data.Monitoring;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// On PostgreSQL, keeps this instance's engines in step with the writes of every instance (ADR 021): listens for the
/// change log's NOTIFY and, on each wake-up or every second in case one was missed, reads the rows after the last one
/// it followed, reads the figures they name (<see cref="StoredFigures"/>) and queues them for the monitoring worker.
/// Its position is taken before the worker loads the engines, so a write committed during the load is applied again
/// rather than missed; rows are read by position, so a connection lost and found again misses nothing.
/// </summary>
public sealed partial class ChangeFollower(
    IServiceScopeFactory scopes, ReportChannel queue, EngineChangeLog changeLog, TimeProvider clock, ILogger<ChangeFollower> logger)
    : BackgroundService, IHostedLifecycleService
{
    private const int Batch = 500;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>How long rows are kept: an instance away from the database for longer must be restarted.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    private long _position;
    private DateTime _pruned = DateTime.MinValue;

    /// <summary>Runs before any hosted service starts, hence before the monitoring worker loads the engines.</summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        _position = await db.EngineChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FollowAsync(() => backoff = TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogLost(logger, e, backoff.TotalSeconds);
                await Task.Delay(backoff, clock, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task FollowAsync(Action connected, CancellationToken ct)
    {
        await using var listener = new NpgsqlConnection(ListenerConnectionString());
        await listener.OpenAsync(ct);
        await using (var listen = new NpgsqlCommand($"LISTEN {EngineChangeLog.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }
        connected();
        LogListening(logger, _position);
        while (true)
        {
            await changeLog.AppendUnsentAsync(ct);
            await CatchUpAsync(ct);
            await PruneAsync(ct);
            await listener.WaitAsync(Poll, ct);
        }
    }

    private async Task CatchUpAsync(CancellationToken ct)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
            var rows = await db.EngineChanges.AsNoTracking().Where(c => c.Id > _position).OrderBy(c => c.Id).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return;
            }
            foreach (var change in await StoredFigures.ReadAsync(db, [.. rows.Where(r => r.Kind == EngineChangeKind.Values)], ct))
            {
                await queue.EnqueueAsync(change, ct);
            }
            if (rows.Any(r => r.Kind == EngineChangeKind.Methodologies))
            {
                queue.SignalMethodologies();
            }
            _position = rows[^1].Id;
            LogFollowed(logger, rows.Count, _position);
            if (rows.Count < Batch)
            {
                return;
            }
        }
    }

    private async Task PruneAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _pruned < TimeSpan.FromHours(1))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var before = now - Retention;
        await db.EngineChanges.Where(c => c.At < before).ExecuteDeleteAsync(ct);
        _pruned = now;
    }

    /// <summary>The product's connection string, unpooled: the listening connection stays open for as long as it works.</summary>
    private string ListenerConnectionString()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false, KeepAlive = 10 }.ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Following the change log of the other instances after row {Position}")]
    private static partial void LogListening(ILogger logger, long position);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Followed {Rows} change-log rows, up to {Position}")]
    private static partial void LogFollowed(ILogger logger, int rows, long position);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the change log's connection; trying again in {Seconds} s")]
    private static partial void LogLost(ILogger logger, Exception exception, double seconds);
}
