using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DxMonitor.Data.Sqlite;

/// <summary>Lets the EF tools build migrations without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDxDbContext>
{
    public SqliteDxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDxDbContext>().UseSqlite("Data Source=design.db").Options);
}
