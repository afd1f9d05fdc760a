using DxMonitor.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Postgres;

/// <summary>The production database.</summary>
public sealed class PostgresDxDbContext(DbContextOptions<PostgresDxDbContext> options) : DxDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Tens of millions of dossiers (ADR 014): their numbers are codes, compared byte by byte rather than by
        // the database's language rules, and only open and late dossiers (a small share) need the outcome index.
        var dossier = builder.Entity<Dossier>();
        dossier.Property(d => d.Number).UseCollation("C");
        dossier.HasIndex(d => new { d.Outcome, d.UnitId })
            .HasFilter($"\"Outcome\" IN ({(int)DossierOutcome.Open}, {(int)DossierOutcome.Late})");
    }
}
