using Microsoft.Data.Sqlite;

namespace DxMonitor.Web.Operations;

/// <summary>
/// Copies of a SQLite database made with SQLite's online backup API: a consistent snapshot that includes committed
/// writes still in the write-ahead log (a plain copy of the file lacks them), taken while the product runs.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Writes a backup of the database to <paramref name="file"/> (never over an existing file) and checks it.</summary>
    public static void BackUp(string connectionString, string file)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists: a backup never overwrites a file; choose a new name.");
        }
        var partial = target + ".partial";
        File.Delete(partial);
        using (var source = Open(connectionString, SqliteOpenMode.ReadWrite))
        using (var copy = Open(new SqliteConnectionStringBuilder { DataSource = partial }.ToString(), SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
            Check(copy, partial);
        }
        // Under its final name only once complete, so that a file with that name is always a whole backup.
        File.Move(partial, target);
    }

    /// <summary>
    /// Replaces the database's content with the backup's, through SQLite (so that a write-ahead log left by a process
    /// that was killed is not replayed over it); the current content is first kept beside it as <c>file.before-restore-…</c>.
    /// </summary>
    /// <returns>Where the content before the restore was kept.</returns>
    public static string Restore(string connectionString, string backupFile)
    {
        var backup = Path.GetFullPath(backupFile);
        if (!File.Exists(backup))
        {
            throw new IOException($"{backup} does not exist.");
        }
        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        var kept = $"{database}.before-restore-{TimeProvider.System.GetUtcNow():yyyyMMddHHmmss}";
        if (File.Exists(database))
        {
            BackUp(connectionString, kept);
        }
        using (var source = Open(new SqliteConnectionStringBuilder { DataSource = backup }.ToString(), SqliteOpenMode.ReadWrite))
        {
            Check(source, backup);
            using var target = Open(connectionString, SqliteOpenMode.ReadWriteCreate);
            source.BackupDatabase(target);
        }
        return kept;
    }

    private static SqliteConnection Open(string connectionString, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Check(SqliteConnection connection, string file)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        if (command.ExecuteScalar() is not "ok" and var result)
        {
            throw new InvalidDataException($"{file} is not a sound SQLite database: {result}");
        }
    }
}
