using DxMonitor.Data.Dossiers.Summaries;
using DxMonitor.Domain.Dossiers;
using Npgsql;
using NpgsqlTypes;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// Writes one chunk into <c>dossiers</c> the cheapest way PostgreSQL offers: one query looks up the chunk's keys
/// that may be stored (<see cref="PostgresKeyScreen"/>: for a first load, none); dossiers stored by earlier
/// batches are deleted (the chunk replaces them whole, as an update would); then binary COPY appends the chunk.
/// A key this batch already wrote is a dossier the input repeats: the chunk is then not written and the repeats
/// are returned instead. The chunk is written in key order, so that the primary key's inserts and lookups
/// go through its pages in order rather than jumping between units. The tally counts the dossiers written in and
/// the deleted ones out, for the summary rows.
/// </summary>
internal sealed class PostgresDossierUpsert(NpgsqlConnection connection, NpgsqlTransaction transaction, long batchId, DossierTally tally, bool utf8)
{
    private readonly PostgresKeyScreen _screen = new(connection, transaction, utf8);
    private readonly byte[] _buffer = new byte[1 << 16];

    private const string LookUp =
        """
        SELECT x.i, d."BatchId" IS NOT DISTINCT FROM $3 AS mine, d."BatchRow"
        FROM unnest($1::integer[], $2::varchar[]) WITH ORDINALITY AS x(u, n, i)
        JOIN dossiers d ON d."UnitId" = x.u AND d."Number" = x.n
        """;

    private static readonly string Delete =
        $"""
        WITH gone AS (
            DELETE FROM dossiers d USING unnest($1::integer[], $2::varchar[]) AS x(u, n)
            WHERE d."UnitId" = x.u AND d."Number" = x.n
            RETURNING {DossierSummaries.ShapeColumns("d")})
        SELECT {DossierSummaries.ShapeColumns("gone")}, count(*) FROM gone GROUP BY {DossierSummaries.ShapeColumns("gone")}
        """;

    private static readonly string Copy = $"COPY dossiers ({DossierStore.Columns}, \"BatchId\", \"BatchRow\") FROM STDIN (FORMAT BINARY)";

    /// <summary>Writes the chunk, or returns the rows that repeat a dossier an earlier chunk of this batch wrote.</summary>
    public async Task<IReadOnlyList<DossierStore.Duplicate>> WriteAsync(DossierChunk chunk, CancellationToken ct)
    {
        try
        {
            return await ReplaceAsync(chunk, ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected)
        {
            // Another open upload wrote one of these dossiers first: a unique violation once it commits, or a
            // deadlock when each of the two waits for a dossier the other wrote.
            throw new DossierConflictException(e);
        }
    }

    private async Task<IReadOnlyList<DossierStore.Duplicate>> ReplaceAsync(DossierChunk chunk, CancellationToken ct)
    {
        var order = chunk.Order();
        var stored = await LookUpAsync(chunk, await _screen.MayBeStoredAsync(chunk, order, ct), ct);
        var repeats = stored.Where(s => s.Mine)
            .Select(s => new DossierStore.Duplicate(chunk.UnitIds[s.Index], chunk.Numbers[s.Index], s.BatchRow ?? 0, chunk.Rows[s.Index]))
            .OrderBy(d => d.Row)
            .ToList();
        if (repeats.Count > 0)
        {
            return repeats;
        }
        if (stored.Count > 0)
        {
            await using var delete = new NpgsqlCommand(Delete, connection, transaction) { CommandTimeout = 0 };
            delete.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = stored.Select(s => chunk.UnitIds[s.Index]).ToArray() });
            delete.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar, Value = stored.Select(s => chunk.Numbers[s.Index]).ToArray() });
            await DossierSummaries.SubtractAsync(delete, tally, ct);
        }
        await CopyAsync(chunk, order, ct);
        _screen.Written(chunk);
        for (var i = 0; i < chunk.Count; i++)
        {
            tally.Add(new DossierShape(chunk.UnitIds[i], chunk.ReceivedMonths[i], (DossierChannel)chunk.Channels[i], (OnlineScope?)chunk.Scopes[i],
                chunk.PaidOnline[i], chunk.Digitised[i], (DossierFacts)chunk.Facts[i], (DossierOutcome)chunk.Outcomes[i],
                chunk.DueMonths[i], chunk.FinishedMonths[i]), 1);
        }
        return [];
    }

    private sealed record Stored(int Index, bool Mine, long? BatchRow);

    /// <summary>The rows of <paramref name="rows"/> (indexes into the chunk, in key order) whose dossiers are stored.</summary>
    private async Task<List<Stored>> LookUpAsync(DossierChunk chunk, List<int> rows, CancellationToken ct)
    {
        var result = new List<Stored>();
        if (rows.Count == 0)
        {
            return result;
        }
        await using var query = new NpgsqlCommand(LookUp, connection, transaction) { CommandTimeout = 0 };
        query.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = rows.Select(i => chunk.UnitIds[i]).ToArray() });
        query.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar, Value = rows.Select(i => chunk.Numbers[i]).ToArray() });
        query.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Bigint, Value = batchId });
        await using var reader = await query.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new(rows[(int)reader.GetInt64(0) - 1], reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        }
        return result;
    }

    private async Task CopyAsync(DossierChunk c, int[] order, CancellationToken ct)
    {
        var stream = await connection.BeginRawBinaryCopyAsync(Copy, ct);
        // Like the lookup and the delete, the copy may wait as long as another upload holds a dossier it writes.
        stream.ReadTimeout = stream.WriteTimeout = System.Threading.Timeout.Infinite;
        try
        {
            var rows = new BinaryCopyRows(stream, _buffer);
            rows.Header();
            foreach (var i in order)
            {
                await rows.StartRowAsync(DossierStore.ColumnCount + 2, ct);
                rows.Integer(c.UnitIds[i]);
                rows.Text(c.Numbers[i]);
                rows.Text(c.ProcedureCodes[i]);
                rows.Integer(c.Channels[i]);
                rows.Integer(c.Scopes[i]);
                rows.Timestamp(c.ReceivedAt[i]);
                rows.Timestamp(c.DueAt[i]);
                rows.Timestamp(c.FinishedAt[i]);
                rows.Integer(c.Statuses[i]);
                rows.Boolean(c.PaidOnline[i]);
                rows.Boolean(c.Digitised[i]);
                rows.Integer(c.ReceivedMonths[i]);
                rows.Integer(c.DueMonths[i]);
                rows.Integer(c.FinishedMonths[i]);
                rows.Integer(c.Outcomes[i]);
                rows.Timestamp(c.UpdatedAt[i]);
                rows.Integer(c.Supplements[i]);
                rows.Integer(c.PausedDays[i]);
                rows.Integer(c.Facts[i]);
                rows.Bigint(batchId);
                rows.Bigint(c.Rows[i]);
            }
            await rows.EndAsync(ct);
        }
        catch
        {
            // Abandon the COPY rather than end it with a partial row; the transaction rolls back either way.
            try
            {
                await stream.CancelAsync();
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ObjectDisposedException)
            {
                // The connection may already be broken: the failure that got here is the one to report.
            }
            throw;
        }
        // Ending the COPY is where the server reports a key another upload holds (a unique violation or a deadlock).
        await stream.DisposeAsync();
    }
}
