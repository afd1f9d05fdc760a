using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;

namespace DxMonitor.Data;

/// <summary>Which database to use. With no configuration at all, a SQLite file under data/.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/dxmonitor.db";

    /// <summary>A relative SQLite file is placed under <paramref name="root"/>, wherever the process was started.</summary>
    public string WithSqliteFileUnder(string root)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return ConnectionString;
        }
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !Path.IsPathRooted(file) && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.Combine(root, file);
        }
        return builder.ToString();
    }
}
