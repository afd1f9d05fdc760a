using DxMonitor.Domain.Dossiers;
using Npgsql;
using NpgsqlTypes;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// PostgreSQL: binary COPY into a temporary staging table (dropped at commit), then one
/// INSERT … SELECT … ON CONFLICT DO UPDATE. A dossier given twice makes that upsert fail (it cannot touch a
/// row twice); only then is the staging table searched for the repeated rows to report them.
/// </summary>
internal sealed class PostgresDossierStore : DossierStore
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private NpgsqlBinaryImporter? _copy;
    private long _staged;

    private PostgresDossierStore(NpgsqlConnection connection, NpgsqlTransaction transaction, NpgsqlBinaryImporter copy)
    {
        _connection = connection;
        _transaction = transaction;
        _copy = copy;
    }

    public static async Task<DossierStore> BeginAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        await using (var create = new NpgsqlCommand(
            $"CREATE TEMP TABLE dossier_staging ON COMMIT DROP AS SELECT 0::bigint AS \"Row\", {Columns} FROM dossiers WITH NO DATA",
            connection, transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        var copy = await connection.BeginBinaryImportAsync($"COPY dossier_staging (\"Row\", {Columns}) FROM STDIN (FORMAT BINARY)", ct);
        return new PostgresDossierStore(connection, transaction, copy);
    }

    /// <remarks>
    /// Synchronous writes: the importer buffers rows and only flushes a full buffer, so an await per column
    /// would cost more than the occasional blocking flush.
    /// </remarks>
    public override ValueTask StageAsync(long row, Dossier dossier, CancellationToken ct)
    {
        if (_copy is not { } copy)
        {
            return ValueTask.CompletedTask;
        }
        copy.StartRow();
        copy.Write(row, NpgsqlDbType.Bigint);
        copy.Write(dossier.UnitId, NpgsqlDbType.Integer);
        copy.Write(dossier.Number, NpgsqlDbType.Varchar);
        copy.Write(dossier.ProcedureCode, NpgsqlDbType.Varchar);
        copy.Write((int)dossier.Channel, NpgsqlDbType.Integer);
        Write(copy, (int?)dossier.Scope, NpgsqlDbType.Integer);
        copy.Write(dossier.ReceivedAt, NpgsqlDbType.TimestampTz);
        Write(copy, dossier.DueAt, NpgsqlDbType.TimestampTz);
        Write(copy, dossier.FinishedAt, NpgsqlDbType.TimestampTz);
        copy.Write((int)dossier.Status, NpgsqlDbType.Integer);
        Write(copy, dossier.PaidOnline, NpgsqlDbType.Boolean);
        copy.Write(dossier.Digitised, NpgsqlDbType.Boolean);
        copy.Write(dossier.ReceivedMonth, NpgsqlDbType.Integer);
        Write(copy, dossier.DueMonth, NpgsqlDbType.Integer);
        Write(copy, dossier.FinishedMonth, NpgsqlDbType.Integer);
        copy.Write((int)dossier.Outcome, NpgsqlDbType.Integer);
        copy.Write(dossier.UpdatedAt, NpgsqlDbType.TimestampTz);
        _staged++;
        return ValueTask.CompletedTask;
    }

    public override async ValueTask AbandonAsync()
    {
        if (_copy is { } copy)
        {
            _copy = null;
            await copy.DisposeAsync();
        }
    }

    public override async Task<MergeResult> MergeAsync(DossierBatch batch, int maxDuplicates, CancellationToken ct)
    {
        if (_copy is not { } copy)
        {
            throw new InvalidOperationException("The input was abandoned; nothing can be merged.");
        }
        await copy.CompleteAsync(ct);
        await copy.DisposeAsync();
        _copy = null;
        await using (var savepoint = new NpgsqlCommand("SAVEPOINT merge", _connection, _transaction))
        {
            await savepoint.ExecuteNonQueryAsync(ct);
        }
        try
        {
            await using var merge = new NpgsqlCommand(
                $"INSERT INTO dossiers ({Columns}) SELECT {Columns} FROM dossier_staging "
                + $"ON CONFLICT (\"UnitId\", \"Number\") DO UPDATE SET {Updates}", _connection, _transaction)
            { CommandTimeout = 0 };
            await merge.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CardinalityViolation)
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK TO SAVEPOINT merge", _connection, _transaction);
            await rollback.ExecuteNonQueryAsync(ct);
            return new MergeResult(0, await DuplicatesAsync(maxDuplicates, ct));
        }
        await using (var log = new NpgsqlCommand(
            "INSERT INTO dossier_batches (\"SentBy\", \"ReceivedAt\", \"Channel\", \"Rows\", \"Units\") VALUES ($1, $2, $3, $4, $5)",
            _connection, _transaction))
        {
            log.Parameters.Add(new() { Value = batch.SentBy });
            log.Parameters.Add(new() { Value = batch.ReceivedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            log.Parameters.Add(new() { Value = batch.Channel });
            log.Parameters.Add(new() { Value = batch.Rows });
            log.Parameters.Add(new() { Value = batch.Units });
            await log.ExecuteNonQueryAsync(ct);
        }
        await _transaction.CommitAsync(ct);
        return new MergeResult(_staged, []);
    }

    private async Task<IReadOnlyList<Duplicate>> DuplicatesAsync(int max, CancellationToken ct)
    {
        await using var query = new NpgsqlCommand(
            """
            SELECT "UnitId", "Number", first, "Row" FROM (
              SELECT "UnitId", "Number", "Row", min("Row") OVER (PARTITION BY "UnitId", "Number") AS first
              FROM dossier_staging) s
            WHERE "Row" <> first ORDER BY "Row" LIMIT $1
            """, _connection, _transaction)
        { CommandTimeout = 0 };
        query.Parameters.Add(new() { Value = max });
        var result = new List<Duplicate>();
        await using var reader = await query.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new Duplicate(reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        }
        return result;
    }

    public override async ValueTask DisposeAsync()
    {
        await AbandonAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static void Write<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            copy.Write(v, type);
        }
        else
        {
            copy.WriteNull();
        }
    }
}
