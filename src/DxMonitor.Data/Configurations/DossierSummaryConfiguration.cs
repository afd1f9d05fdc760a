using DxMonitor.Data.Dossiers.Summaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class DossierReceivedCountConfiguration : IEntityTypeConfiguration<DossierReceivedCount>
{
    public void Configure(EntityTypeBuilder<DossierReceivedCount> builder)
    {
        builder.ToTable("dossier_received_counts");
        builder.HasKey(c => new { c.UnitId, c.Month });
    }
}

internal sealed class DossierClosedCountConfiguration : IEntityTypeConfiguration<DossierClosedCount>
{
    public void Configure(EntityTypeBuilder<DossierClosedCount> builder)
    {
        builder.ToTable("dossier_closed_counts");
        builder.HasKey(c => new { c.UnitId, c.Month });
    }
}

internal sealed class DossierOverdueCountConfiguration : IEntityTypeConfiguration<DossierOverdueCount>
{
    public void Configure(EntityTypeBuilder<DossierOverdueCount> builder)
    {
        builder.ToTable("dossier_overdue_counts");
        builder.HasKey(c => new { c.UnitId, c.DueMonth, c.FinishedMonth });
    }
}
