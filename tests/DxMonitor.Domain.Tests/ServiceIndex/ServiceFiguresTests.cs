using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.ServiceIndex;

namespace DxMonitor.Domain.Tests.ServiceIndex;

public sealed class ServiceFiguresTests
{
    private const int Nation = 1, Province = 10, Commune = 100;
    private static readonly Dictionary<int, int?> Parents = new() { [Nation] = null, [Province] = Nation, [Commune] = Province };
    private static readonly DateTime Now = new(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    private static ServiceFigures Figures()
    {
        var dossiers = DossierFigures.Compute(new DossierAggregates([], [], []), Parents, Now);
        return ServiceFigures.Compute(dossiers, new ServiceAggregates(
            [new(Commune, 202504, 3, 2, 1), new(Province, 202505, 1, 1, 0), new(Commune, 202507, 5, 5, 0)],
            [new(Commune, 202506, 4, 3)],
            [new(Commune, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 1), true, 2), new(Province, new DateOnly(2025, 5, 1), null, false, 3)]), Parents);
    }

    [Fact]
    public void A_quarter_adds_its_months_flows_and_a_province_pools_its_communes()
    {
        var q2 = Figures().For(Province, Period.Parse("2025Q2"));
        Assert.Equal(new FeedbackCounts(4, 3, 1), q2.Feedback);
        Assert.Equal(new RatingCounts(4, 3), q2.Ratings);
        Assert.Equal(new FeedbackCounts(3, 2, 1), Figures().For(Commune, Period.Parse("2025Q2")).Feedback);
        Assert.Equal(new FeedbackCounts(9, 8, 1), Figures().For(Nation, Period.Parse("2025")).Feedback);
    }

    [Fact]
    public void Procedures_are_those_in_force_on_the_periods_last_day()
    {
        Assert.Equal(new ProcedureCounts(2, 2), Figures().For(Province, Period.Parse("2025M04")).Procedures);
        Assert.Equal(new ProcedureCounts(5, 2), Figures().For(Province, Period.Parse("2025M05")).Procedures);
        Assert.Equal(new ProcedureCounts(3, 0), Figures().For(Province, Period.Parse("2025Q2")).Procedures); // the commune's ended on 1 June
    }
}
