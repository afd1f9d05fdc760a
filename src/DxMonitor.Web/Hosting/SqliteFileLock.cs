using Microsoft.Data.Sqlite;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// SQLite serves one process (ADR 021): the first to start holds an exclusive lock on "<c>file</c>.lock" beside the
/// database for as long as it runs (the operating system drops it when the process ends, however it ends), and a
/// second process started on the same file stops at once and says why, instead of sharing the file unseen.
/// </summary>
public sealed class SqliteFileLock : IDisposable
{
    private FileStream? _held;

    public void Acquire(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || _held is not null)
        {
            return;
        }
        var path = Path.GetFullPath(file) + ".lock";
        try
        {
            _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"Another DxMonitor process is already using the SQLite database {Path.GetFullPath(file)} (it holds {path}). " +
                "SQLite serves one instance only; to run several instances, use PostgreSQL (Database:Provider = Postgres).", e);
        }
    }

    public void Dispose() => _held?.Dispose();
}
