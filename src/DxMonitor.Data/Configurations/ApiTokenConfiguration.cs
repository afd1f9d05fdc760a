using DxMonitor.Data.Access;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.UserName).HasMaxLength(100);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
