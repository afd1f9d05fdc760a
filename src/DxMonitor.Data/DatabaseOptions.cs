using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Data;

/// <summary>Which database to use. With no configuration at all, a SQLite file under data/.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/dxmonitor.db";
}
