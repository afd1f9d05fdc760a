using DxMonitor.Domain.ServiceIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class ServiceIndexVersionConfiguration : IEntityTypeConfiguration<ServiceIndexVersion>
{
    public void Configure(EntityTypeBuilder<ServiceIndexVersion> builder)
    {
        builder.ToTable("service_index_versions");
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).HasMaxLength(32).ValueGeneratedNever();
        builder.Property(v => v.Json).IsRequired();
        builder.Ignore(v => v.Definition);
    }
}
