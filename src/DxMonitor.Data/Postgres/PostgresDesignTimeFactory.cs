using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DxMonitor.Data.Postgres;

/// <summary>Lets the EF tools build migrations without the web host or a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDxDbContext>
{
    public PostgresDxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDxDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
