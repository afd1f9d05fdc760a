using System.Collections.Concurrent;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Monitoring;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Writes the change log on PostgreSQL (ADR 021): after a write commits, the cells it changed are appended, one row
/// per unit and view, and announced with NOTIFY in the same transaction. An append holds an advisory lock until it
/// commits, so rows become visible in the order of their ids and a follower that has read up to an id has seen every
/// row below it. An append that fails (the database went away just after the write committed) is kept and written
/// again by this instance's <see cref="ChangeFollower"/> once the database answers.
/// </summary>
public sealed partial class EngineChangeLog(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EngineChangeLog> logger)
{
    /// <summary>The NOTIFY channel every instance listens on.</summary>
    public const string Channel = "dxmonitor_engine_changes";

    private readonly ConcurrentQueue<Row> _unsent = new();

    public async Task AppendAsync(IReadOnlyList<ValuesChanged> changes)
    {
        await AppendAsync([.. changes.Select(c => new Row(c.UnitId, c.View,
            JsonSerializer.Serialize(c.Values.Select(v => new ChangedCell(v.IndicatorId, v.PeriodCode)).Distinct().ToList()), EngineChangeKind.Values))]);
    }

    /// <summary>Appends that the adopted methodologies changed: every instance reloads them when it follows the row.</summary>
    public Task AppendMethodologiesChangedAsync() => AppendAsync([new Row(0, DataView.Working, "[]", EngineChangeKind.Methodologies)]);

    private async Task AppendAsync(List<Row> rows)
    {
        try
        {
            // Not the request's token: a client that leaves after its write committed must not keep it from the others.
            await WriteAsync(rows, CancellationToken.None);
        }
        catch (Exception e)
        {
            rows.ForEach(_unsent.Enqueue);
            LogKept(logger, e, rows.Count);
        }
    }

    /// <summary>Writes the rows whose append failed, if any; throws while the database still does not answer.</summary>
    public async Task AppendUnsentAsync(CancellationToken ct)
    {
        if (_unsent.IsEmpty)
        {
            return;
        }
        var rows = _unsent.ToList();
        await WriteAsync(rows, ct);
        for (var i = 0; i < rows.Count; i++)
        {
            _unsent.TryDequeue(out _);
        }
        LogSent(logger, rows.Count);
    }

    private async Task WriteAsync(IReadOnlyList<Row> rows, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLocks.ChangeLogAppend})", ct);
        var at = clock.GetUtcNow().UtcDateTime;
        db.EngineChanges.AddRange(rows.Select(r => new EngineChange { UnitId = r.UnitId, View = r.View, Cells = r.Cells, Kind = r.Kind, At = at }));
        await db.SaveChangesAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, '')", ct);
        await transaction.CommitAsync(ct);
    }

    private sealed record Row(int UnitId, DataView View, string Cells, EngineChangeKind Kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not announce {Rows} changes to the other instances; kept, and sent again when the database answers")]
    private static partial void LogKept(ILogger logger, Exception exception, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announced {Rows} changes kept while the database did not answer")]
    private static partial void LogSent(ILogger logger, int rows);
}
