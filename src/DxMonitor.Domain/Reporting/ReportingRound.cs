using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Reporting;

/// <summary>
/// A reporting round (đợt báo cáo): an analyst asks every unit of a level for a set of indicators for one
/// period, by a due date. Each unit gets a <see cref="Report"/>.
/// </summary>
public sealed class ReportingRound
{
    public int Id { get; private set; }
    public required string Code { get; init; }
    public required string TitleVi { get; set; }
    public required string PeriodCode { get; init; }
    public required UnitLevel Level { get; init; }
    public required DateOnly DueOn { get; set; }

    /// <summary>The indicators asked for, by id, comma-separated (a round asks for tens of them at most).</summary>
    public required string IndicatorIds { get; init; }
    public required string OpenedBy { get; init; }
    public required DateTime OpenedAt { get; init; }

    public IReadOnlyList<int> Indicators => [.. IndicatorIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
}
