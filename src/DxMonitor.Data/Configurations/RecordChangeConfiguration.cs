using DxMonitor.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class RecordChangeConfiguration : IEntityTypeConfiguration<RecordChange>
{
    public void Configure(EntityTypeBuilder<RecordChange> builder)
    {
        builder.ToTable("record_changes");
        builder.HasIndex(c => new { c.Subject, c.ChangedAt });
        builder.Property(c => c.Subject).HasMaxLength(200);
        builder.Property(c => c.Action).HasMaxLength(20);
        builder.Property(c => c.ChangedBy).HasMaxLength(100);
        builder.Property(c => c.ClientAddress).HasMaxLength(64);
    }
}
