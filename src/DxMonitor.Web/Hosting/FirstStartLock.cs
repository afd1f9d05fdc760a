using Npgsql;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// Lets one instance at a time prepare a PostgreSQL database at start (ADR 021): the database is created if missing
/// (another instance creating it at the same moment is no error), then a session advisory lock is taken on a
/// connection of its own; disposing the lock closes that connection, which releases it, as does a process that dies.
/// </summary>
internal sealed partial class FirstStartLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private FirstStartLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<FirstStartLock> AcquireAsync(string connectionString, ILogger logger, CancellationToken ct)
    {
        var own = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await EnsureDatabaseAsync(own, ct);
        var connection = new NpgsqlConnection(own.ToString());
        try
        {
            return await LockAsync(connection, logger, ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static async Task<FirstStartLock> LockAsync(NpgsqlConnection connection, ILogger logger, CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        await using (var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({AdvisoryLocks.FirstStart})", connection))
        {
            if (await tryLock.ExecuteScalarAsync(ct) is true)
            {
                return new FirstStartLock(connection);
            }
        }
        LogWaiting(logger);
        // As long as the other instance takes (a first migration and seed on a busy server can take minutes): its
        // lock goes with its connection if it dies.
        await using (var wait = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLocks.FirstStart})", connection) { CommandTimeout = 0 })
        {
            await wait.ExecuteNonQueryAsync(ct);
        }
        return new FirstStartLock(connection);
    }

    private static async Task EnsureDatabaseAsync(NpgsqlConnectionStringBuilder target, CancellationToken ct)
    {
        try
        {
            await using var probe = new NpgsqlConnection(target.ToString());
            await probe.OpenAsync(ct);
            return;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // Missing: created below, as EF's migrations would, but tolerating a concurrent creation.
        }
        var server = new NpgsqlConnectionStringBuilder(target.ToString()) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(server.ToString());
        await connection.OpenAsync(ct);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it first.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance is preparing the database; waiting for it to finish")]
    private static partial void LogWaiting(ILogger logger);
}
