using System.Globalization;
using DxMonitor.Data.Dossiers.Summaries;
using DxMonitor.Domain.Dossiers;
using Microsoft.Data.Sqlite;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// SQLite: prepared inserts into a temporary staging table keyed by (unit, number), so a repeated dossier is
/// noticed as it arrives, then the batch is logged and one INSERT … SELECT … ON CONFLICT DO UPDATE writes the rows
/// with its id, and the summary rows are moved by the dossiers added less the stored ones replaced; all in one transaction.
/// </summary>
internal sealed class SqliteDossierStore : DossierStore
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    /// <summary>The page cache of the ingest's connection, for the database and for the staging table (KiB each).</summary>
    private const int CacheKibibytes = 65_536;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _firstRow;
    private readonly List<Duplicate> _duplicates = [];
    private readonly DossierTally _tally = new();
    private long _staged;
    private bool _abandoned;

    private SqliteDossierStore(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _insert = Command($"INSERT INTO temp.dossier_staging (\"Row\", {Columns}) VALUES ($row, {string.Join(", ", Enumerable.Range(0, ColumnCount).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)))}) ON CONFLICT DO NOTHING");
        _insert.Parameters.AddWithValue("$row", 0L);
        for (var i = 0; i < ColumnCount; i++)
        {
            _insert.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), DBNull.Value);
        }
        _firstRow = Command("SELECT \"Row\" FROM temp.dossier_staging WHERE \"UnitId\" = $unit AND \"Number\" = $number");
        _firstRow.Parameters.AddWithValue("$unit", 0);
        _firstRow.Parameters.AddWithValue("$number", "");
    }

    public static async Task<DossierStore> BeginAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var cache = connection.CreateCommand())
        {
            // Dossiers of thousands of units arrive interleaved, so each row lands on another page of the key's index:
            // with SQLite's default 2 MB page cache most rows would reread pages from the file.
            cache.CommandText = $"PRAGMA cache_size = -{CacheKibibytes}; PRAGMA temp.cache_size = -{CacheKibibytes};";
            await cache.ExecuteNonQueryAsync(ct);
        }
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var store = new SqliteDossierStore(connection, transaction);
        await using var create = store.Command(
            $"CREATE TEMP TABLE IF NOT EXISTS dossier_staging AS SELECT 0 AS \"Row\", {Columns} FROM dossiers WHERE 0; "
            + "CREATE UNIQUE INDEX IF NOT EXISTS temp.dossier_staging_key ON dossier_staging (\"UnitId\", \"Number\"); "
            + "DELETE FROM temp.dossier_staging;");
        await create.ExecuteNonQueryAsync(ct);
        return store;
    }

    /// <remarks>Microsoft.Data.Sqlite runs synchronously anyway; the synchronous calls spare a task per row.</remarks>
    public override ValueTask StageAsync(long row, Dossier dossier, CancellationToken ct)
    {
        if (_abandoned)
        {
            return ValueTask.CompletedTask;
        }
        var p = _insert.Parameters;
        p[0].Value = row;
        object?[] values = [dossier.UnitId, dossier.Number, dossier.ProcedureCode, (int)dossier.Channel, (int?)dossier.Scope,
            Time(dossier.ReceivedAt), Time(dossier.DueAt), Time(dossier.FinishedAt), (int)dossier.Status,
            dossier.PaidOnline is { } paid ? (paid ? 1 : 0) : null, dossier.Digitised ? 1 : 0, dossier.ReceivedMonth,
            dossier.DueMonth, dossier.FinishedMonth, (int)dossier.Outcome, Time(dossier.UpdatedAt), dossier.Supplements, dossier.PausedDays,
            (int)dossier.Facts];
        for (var i = 0; i < values.Length; i++)
        {
            p[i + 1].Value = values[i] ?? DBNull.Value;
        }
        if (_insert.ExecuteNonQuery() == 0)
        {
            _firstRow.Parameters[0].Value = dossier.UnitId;
            _firstRow.Parameters[1].Value = dossier.Number;
            var first = Convert.ToInt64(_firstRow.ExecuteScalar(), CultureInfo.InvariantCulture);
            _duplicates.Add(new Duplicate(dossier.UnitId, dossier.Number, first, row));
        }
        else
        {
            _tally.Add(dossier);
        }
        _staged++;
        return ValueTask.CompletedTask;
    }

    public override ValueTask AbandonAsync()
    {
        _abandoned = true;
        return ValueTask.CompletedTask;
    }

    public override async Task<MergeResult> MergeAsync(DossierBatch batch, int maxDuplicates, CancellationToken ct)
    {
        if (_abandoned)
        {
            throw new InvalidOperationException("The input was abandoned; nothing can be merged.");
        }
        if (_duplicates.Count > 0)
        {
            return new MergeResult(0, [.. _duplicates.Take(maxDuplicates)]);
        }
        await using (var replaced = Command(
            // CROSS JOIN makes SQLite walk the staged rows and probe the stored ones by key, never the other way round.
            $"SELECT {DossierSummaries.ShapeColumns("d")}, COUNT(*) FROM temp.dossier_staging s "
            + "CROSS JOIN dossiers d WHERE d.\"UnitId\" = s.\"UnitId\" AND d.\"Number\" = s.\"Number\" "
            + $"GROUP BY {DossierSummaries.ShapeColumns("d")}"))
        {
            await DossierSummaries.SubtractAsync(replaced, _tally, ct);
        }
        await DossierSummaries.WriteAsync(_connection, _transaction, _tally, ct);
        long batchId;
        await using (var log = Command(
            "INSERT INTO dossier_batches (\"SentBy\", \"ReceivedAt\", \"Channel\", \"Rows\", \"Units\", \"Touched\") VALUES ($by, $at, $channel, $rows, $units, $touched) RETURNING \"Id\""))
        {
            log.Parameters.AddWithValue("$by", batch.SentBy);
            log.Parameters.AddWithValue("$at", Time(batch.ReceivedAt));
            log.Parameters.AddWithValue("$channel", batch.Channel);
            log.Parameters.AddWithValue("$rows", batch.Rows);
            log.Parameters.AddWithValue("$units", batch.Units);
            log.Parameters.AddWithValue("$touched", batch.Touched);
            batchId = Convert.ToInt64(await log.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        await using (var merge = Command(
            $"INSERT INTO dossiers ({Columns}, \"BatchId\", \"BatchRow\") SELECT {Columns}, $batch, \"Row\" FROM temp.dossier_staging WHERE true "
            + $"ON CONFLICT (\"UnitId\", \"Number\") DO UPDATE SET {Updates}, \"BatchId\" = excluded.\"BatchId\", \"BatchRow\" = excluded.\"BatchRow\"; "
            + "DELETE FROM temp.dossier_staging;"))
        {
            merge.Parameters.AddWithValue("$batch", batchId);
            await merge.ExecuteNonQueryAsync(ct);
        }
        await _transaction.CommitAsync(ct);
        return new MergeResult(_staged, [], batchId);
    }

    public override async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _firstRow.DisposeAsync();
        await _transaction.DisposeAsync();
        await ReleaseMemoryAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>
    /// The connection goes back to the pool: without this it would keep the staged rows and both enlarged page
    /// caches (up to twice <see cref="CacheKibibytes"/>) for as long as it stays there.
    /// </summary>
    private async Task ReleaseMemoryAsync()
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }
        await using var release = _connection.CreateCommand();
        release.CommandText = "DROP TABLE IF EXISTS temp.dossier_staging; PRAGMA cache_size = -2000; PRAGMA temp.cache_size = -2000; PRAGMA shrink_memory;"; // -2000: SQLite's default
        try
        {
            await release.ExecuteNonQueryAsync();
        }
        catch (SqliteException)
        {
            // A connection that cannot run this is broken and will not be reused well anyway; disposing it frees it.
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>The text EF Core's SQLite provider stores a DateTime as, so that its queries compare these rows correctly.</summary>
    private static string? Time(DateTime? utc) => utc?.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
