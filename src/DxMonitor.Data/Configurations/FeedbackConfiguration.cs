using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

/// <summary>Feedback keyed by unit and number, so that re-sending one updates it; read by unit and month.</summary>
internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<FeedbackRecord>
{
    public void Configure(EntityTypeBuilder<FeedbackRecord> builder)
    {
        builder.ToTable("feedback");
        builder.HasKey(f => new { f.UnitId, f.Number });
        builder.Ignore(f => f.AnsweredOnTime);
        builder.Property(f => f.Number).HasMaxLength(Dossier.MaxNumberLength);
        builder.HasIndex(f => new { f.UnitId, f.ReceivedMonth });
    }
}

/// <summary>One rating per dossier (unit and dossier number), read by unit and month.</summary>
internal sealed class DossierRatingConfiguration : IEntityTypeConfiguration<DossierRating>
{
    public void Configure(EntityTypeBuilder<DossierRating> builder)
    {
        builder.ToTable("dossier_ratings");
        builder.HasKey(r => new { r.UnitId, r.DossierNumber });
        builder.Property(r => r.DossierNumber).HasMaxLength(Dossier.MaxNumberLength);
        builder.HasIndex(r => new { r.UnitId, r.RatedMonth });
    }
}
