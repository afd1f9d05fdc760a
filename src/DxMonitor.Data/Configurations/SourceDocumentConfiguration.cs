using DxMonitor.Domain.Sources;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.ToTable("sources");
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(PublicCode.MaxLength);
        builder.Property(s => s.TitleVi).HasMaxLength(500);
        builder.Property(s => s.TitleEn).HasMaxLength(500);
        builder.Property(s => s.Publisher).HasMaxLength(200);
        builder.Property(s => s.FileName).HasMaxLength(200);
    }
}
