using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Postgres;

/// <summary>The production database.</summary>
public sealed class PostgresDxDbContext(DbContextOptions<PostgresDxDbContext> options) : DxDbContext(options);
