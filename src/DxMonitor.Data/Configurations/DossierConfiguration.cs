using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

/// <summary>
/// Dossiers keyed by unit and number, so that re-sending one updates it. The bulk paths in
/// <see cref="Dossiers.DossierStore"/> write these columns by name: keep them in step. The unit is not a
/// foreign key: millions of rows arrive in bulk, each unit already resolved from the units table by the
/// ingest, and units are never deleted (ADR 014).
/// </summary>
internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("dossiers");
        builder.HasKey(d => new { d.UnitId, d.Number });
        builder.Ignore(d => d.IsOpen);
        builder.Ignore(d => d.Lifecycle);
        builder.Ignore(d => d.NationalPortal);
        builder.Ignore(d => d.Synced);
        builder.Ignore(d => d.DigitisedInput);
        builder.Ignore(d => d.ReusedData);
        builder.Ignore(d => d.DueFromStatute);
        builder.Property(d => d.Number).HasMaxLength(Dossier.MaxNumberLength);
        builder.Property(d => d.ProcedureCode).HasMaxLength(Dossier.MaxNumberLength);
        builder.HasIndex(d => new { d.Outcome, d.UnitId });
        // Dossiers not resolved on time by their due time: the figures ask which of them fall due later this month,
        // counted by unit and closing month from the index alone (it covers the query).
        builder.HasIndex(d => new { d.DueAt, d.UnitId, d.FinishedMonth }).HasDatabaseName("IX_dossiers_DueAt_not_on_time").HasFilter("\"Outcome\" <> 1");
    }
}

internal sealed class DossierExplanationConfiguration : IEntityTypeConfiguration<DossierExplanation>
{
    public void Configure(EntityTypeBuilder<DossierExplanation> builder)
    {
        builder.ToTable("dossier_explanations");
        builder.HasIndex(e => new { e.UnitId, e.DossierNumber });
        builder.Property(e => e.DossierNumber).HasMaxLength(Dossier.MaxNumberLength);
        builder.Property(e => e.Reason).HasMaxLength(DossierExplanation.MaxTextLength);
        builder.Property(e => e.Remedy).HasMaxLength(DossierExplanation.MaxTextLength);
        builder.Property(e => e.ExplainedBy).HasMaxLength(256);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DossierBatchConfiguration : IEntityTypeConfiguration<DossierBatch>
{
    public void Configure(EntityTypeBuilder<DossierBatch> builder)
    {
        builder.ToTable("dossier_batches");
        builder.Property(b => b.SentBy).HasMaxLength(256);
        builder.Property(b => b.Channel).HasMaxLength(16);
        builder.Property(b => b.Units).HasMaxLength(2000);
        builder.HasIndex(b => b.FiguresWrittenAt);
    }
}
