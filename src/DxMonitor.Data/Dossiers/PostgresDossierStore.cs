using System.Threading.Channels;
using DxMonitor.Data.Dossiers.Summaries;
using DxMonitor.Domain.Dossiers;
using Npgsql;
using NpgsqlTypes;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// PostgreSQL: rows are gathered into chunks, and a writer task upserts each full chunk straight into
/// <c>dossiers</c> (<see cref="PostgresDossierUpsert"/>) while the next one is being read and checked, so the
/// server writes on one core while parsing runs on another. Everything happens in one transaction, committed
/// only after the last chunk. A dossier named twice is caught within a chunk by the writer, and across chunks
/// by the upsert itself (it will not overwrite a row the same batch wrote); nothing is then committed.
/// The summary rows are moved by the writer's tally just before the commit.
/// Memory: at most three chunks (one filling, one queued, one being written).
/// </summary>
internal sealed class PostgresDossierStore : DossierStore
{
    private const int MaxDuplicates = 1000;
    private const int MaxSharedCodes = 20_000;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly long _batchId;
    private readonly Channel<DossierChunk> _full = Channel.CreateBounded<DossierChunk>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
    private readonly Channel<DossierChunk> _free = Channel.CreateUnbounded<DossierChunk>();
    private readonly List<Duplicate> _duplicates = [];
    private readonly Dictionary<string, string> _procedures = new(StringComparer.Ordinal);
    private readonly DossierTally _tally;
    private readonly Task _writer;
    private DossierChunk _filling;
    private long _staged;
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _abandoned;

    private PostgresDossierStore(NpgsqlConnection connection, NpgsqlTransaction transaction, long batchId, bool utf8, DossierTally tally, int chunkRows)
    {
        _connection = connection;
        _tally = tally;
        _transaction = transaction;
        _batchId = batchId;
        _filling = new DossierChunk(chunkRows);
        _free.Writer.TryWrite(new DossierChunk(chunkRows));
        _free.Writer.TryWrite(new DossierChunk(chunkRows));
        _writer = Task.Run(() => WriteChunksAsync(new PostgresDossierUpsert(connection, transaction, batchId, tally, utf8)));
    }

    public static async Task<DossierStore> BeginAsync(string connectionString, int chunkRows, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            var transaction = await connection.BeginTransactionAsync(ct);
            // Each chunk's key lookup must probe the primary key row by row: a hash join would scan the whole
            // table for every chunk, and the statistics of a table that is filling up are always stale. Its keys
            // are distinct, so caching probes (memoize) would only cost.
            await using (var plan = new NpgsqlCommand(
                "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; SET LOCAL enable_memoize = off", connection, transaction))
            {
                await plan.ExecuteNonQueryAsync(ct);
            }
            await using var next = new NpgsqlCommand(
                "SELECT nextval(pg_get_serial_sequence('dossier_batches', 'Id')), current_setting('server_encoding') = 'UTF8'", connection, transaction);
            await using var reader = await next.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var (batchId, utf8) = (reader.GetInt64(0), reader.GetBoolean(1));
            await reader.CloseAsync();
            return new PostgresDossierStore(connection, transaction, batchId, utf8, new DossierTally(), chunkRows);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async ValueTask StageAsync(long row, Dossier dossier, CancellationToken ct)
    {
        if (_abandoned)
        {
            return;
        }
        _filling.Add(row, dossier, Shared(dossier.ProcedureCode));
        _staged++;
        if (_filling.IsFull)
        {
            await HandOverAsync(ct);
        }
    }

    public override async ValueTask AbandonAsync()
    {
        if (!_abandoned)
        {
            _abandoned = true;
            _full.Writer.TryComplete();
            await _stop.CancelAsync();
            await _writer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public override async Task<MergeResult> MergeAsync(DossierBatch batch, int maxDuplicates, CancellationToken ct)
    {
        if (_abandoned)
        {
            throw new InvalidOperationException("The input was abandoned; nothing can be merged.");
        }
        if (_filling.Count > 0)
        {
            await HandOverAsync(ct);
        }
        _full.Writer.TryComplete();
        await _writer;
        if (_duplicates.Count > 0)
        {
            return new MergeResult(0, [.. _duplicates.OrderBy(d => d.Row).Take(maxDuplicates)]);
        }
        await DossierSummaries.WriteAsync(_connection, _transaction, _tally, ct);
        await using (var log = new NpgsqlCommand(
            "INSERT INTO dossier_batches (\"Id\", \"SentBy\", \"ReceivedAt\", \"Channel\", \"Rows\", \"Units\", \"Touched\") VALUES ($1, $2, $3, $4, $5, $6, $7)",
            _connection, _transaction))
        {
            log.Parameters.Add(new() { Value = _batchId });
            log.Parameters.Add(new() { Value = batch.SentBy });
            log.Parameters.Add(new() { Value = batch.ReceivedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            log.Parameters.Add(new() { Value = batch.Channel });
            log.Parameters.Add(new() { Value = batch.Rows });
            log.Parameters.Add(new() { Value = batch.Units });
            log.Parameters.Add(new() { Value = batch.Touched });
            await log.ExecuteNonQueryAsync(ct);
        }
        await _transaction.CommitAsync(ct);
        return new MergeResult(_staged, [], _batchId);
    }

    public override async ValueTask DisposeAsync()
    {
        await AbandonAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
        _stop.Dispose();
    }

    /// <summary>
    /// One string per procedure code: a chunk keeps its rows' codes until written, and a few thousand codes repeat over
    /// millions of rows, so keeping one copy of each spares the garbage collector a string per row to promote.
    /// </summary>
    private string Shared(string code)
    {
        if (_procedures.TryGetValue(code, out var shared))
        {
            return shared;
        }
        if (_procedures.Count < MaxSharedCodes)
        {
            _procedures[code] = code;
        }
        return code;
    }

    /// <summary>Queues the filled chunk for the writer (waiting while the writer is a chunk behind) and takes a free one.</summary>
    private async ValueTask HandOverAsync(CancellationToken ct)
    {
        if (_writer.IsCompleted)
        {
            await _writer;
        }
        try
        {
            await _full.Writer.WriteAsync(_filling, ct);
        }
        catch (ChannelClosedException)
        {
            await _writer;
            throw;
        }
        _filling = await _free.Reader.ReadAsync(ct);
    }

    /// <summary>The writer: upserts chunks in order until the input ends, or only recycles them once a duplicate is found.</summary>
    private async Task WriteChunksAsync(PostgresDossierUpsert upsert)
    {
        var ct = _stop.Token;
        try
        {
            await foreach (var chunk in _full.Reader.ReadAllAsync(CancellationToken.None))
            {
                try
                {
                    if (_duplicates.Count == 0 && !_abandoned)
                    {
                        _duplicates.AddRange(chunk.Repeats().Take(MaxDuplicates));
                        if (_duplicates.Count == 0)
                        {
                            _duplicates.AddRange((await upsert.WriteAsync(chunk, ct)).Take(MaxDuplicates));
                        }
                    }
                }
                finally
                {
                    chunk.Clear();
                    _free.Writer.TryWrite(chunk);
                }
            }
        }
        catch (Exception e)
        {
            // The reader may be waiting to hand over a chunk: let it see the failure instead of waiting forever.
            _full.Writer.TryComplete(e);
            throw;
        }
    }
}
