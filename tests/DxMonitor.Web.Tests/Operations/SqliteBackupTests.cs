using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static DxMonitor.Web.Tests.Operations.Backups;

namespace DxMonitor.Web.Tests.Operations;

/// <summary>
/// <c>dotnet DxMonitor.Web.dll backup --to FILE</c> copies the SQLite database of the running product through SQLite's
/// online backup API, so the copy has the writes of a moment before (still in the write-ahead log, which a plain copy of
/// the file lacks); <c>restore --from FILE</c>, with the product stopped, puts it back even over the write-ahead log
/// that a killed process left.
/// </summary>
public sealed class SqliteBackupTests
{
    [Fact]
    public async Task A_backup_of_the_running_product_has_the_last_write_and_restores_over_a_killed_process_log()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var backup = NewFile("db");
        var plainCopy = NewFile("db");
        try
        {
            // Pooled connections, as in production: they keep the write-ahead log open (without them, the last
            // connection to close folds the log into the file after every request).
            var pooled = new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ToString();
            await using (var product = await ProductProcess.StartAsync(database, new Dictionary<string, string> { ["Database:ConnectionString"] = pooled }))
            {
                using var client = product.Client();
                await WriteAsync(client, 4150m);
                File.Copy(file, plainCopy);

                var backedUp = await ProductProcess.RunCommandAsync(database, "backup", "--to", backup);
                Assert.True(backedUp.ExitCode == 0, backedUp.Output);

                await WriteAsync(client, 7700m); // after the backup: gone after the restore
                var refused = await ProductProcess.RunCommandAsync(database, "restore", "--from", backup);
                Assert.Equal(1, refused.ExitCode);
                Assert.Contains("Another DxMonitor process is already using the SQLite database", refused.Output, StringComparison.Ordinal);
                Assert.Equal(7700m, await ReadAsync(client));
            } // killed, as a crash would end it: its write-ahead log stays beside the file

            Assert.Equal(0, await ScalarAsync(plainCopy, "SELECT COUNT(*) FROM data_values WHERE \"PeriodCode\" = '2023Q4' AND CAST(\"Value\" AS REAL) = 4150"));
            Assert.Equal(1, await ScalarAsync(backup, "SELECT COUNT(*) FROM data_values WHERE \"PeriodCode\" = '2023Q4' AND CAST(\"Value\" AS REAL) = 4150"));
            Assert.True(File.Exists(file + "-wal"), "the killed process's write-ahead log");

            var restored = await ProductProcess.RunCommandAsync(database, "restore", "--from", backup);
            Assert.True(restored.ExitCode == 0, restored.Output);
            Assert.Contains("the database as it was is kept in", restored.Output, StringComparison.Ordinal);

            await using var restarted = await ProductProcess.StartAsync(database);
            using var reader = restarted.Client();
            Assert.Equal(4150m, await ReadAsync(reader));
        }
        finally
        {
            foreach (var left in Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + ".before-restore-*").Append(backup).Append(plainCopy))
            {
                File.Delete(left);
            }
        }
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var existing = NewFile("db");
        await File.WriteAllTextAsync(existing, "precious");
        try
        {
            var refused = await ProductProcess.RunCommandAsync(database, "backup", "--to", existing);

            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("already exists", refused.Output, StringComparison.Ordinal);
            Assert.Equal("precious", await File.ReadAllTextAsync(existing));
        }
        finally
        {
            File.Delete(existing);
        }
    }

    private static async Task<long> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
