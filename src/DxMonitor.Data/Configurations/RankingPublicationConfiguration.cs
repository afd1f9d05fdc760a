using DxMonitor.Domain.DxIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class RankingPublicationConfiguration : IEntityTypeConfiguration<RankingPublication>
{
    public void Configure(EntityTypeBuilder<RankingPublication> builder)
    {
        builder.ToTable("ranking_publications");
        builder.Property(p => p.Index).HasMaxLength(40);
        builder.Property(p => p.PublishedBy).HasMaxLength(256);
        builder.Property(p => p.MethodologyHash).HasMaxLength(64);
        builder.Ignore(p => p.AuditSubject);
        builder.HasIndex(p => new { p.Index, p.Year }).IsUnique();
    }
}
