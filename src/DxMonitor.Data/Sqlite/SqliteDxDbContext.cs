using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Sqlite;

/// <summary>The embedded default: a SQLite file created on first run.</summary>
public sealed class SqliteDxDbContext(DbContextOptions<SqliteDxDbContext> options) : DxDbContext(options);
