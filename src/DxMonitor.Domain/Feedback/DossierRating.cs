using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Domain.Feedback;

/// <summary>A citizen's or business's rating of how one of its dossiers was handled; one per dossier, the latest kept.</summary>
public sealed class DossierRating
{
    public required int UnitId { get; set; }
    public required string DossierNumber { get; init; }
    public required DateTime RatedAt { get; init; }
    public required Satisfaction Level { get; init; }
    public int RatedMonth { get; init; }

    public static DossierRating Create(string dossierNumber, DateTime ratedAt, Satisfaction level) => new()
    {
        UnitId = 0,
        DossierNumber = dossierNumber,
        RatedAt = ratedAt,
        Level = level,
        RatedMonth = DossierMonth.Of(ratedAt),
    };
}
