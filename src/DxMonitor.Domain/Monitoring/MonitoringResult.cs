using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Progress;

namespace DxMonitor.Domain.Monitoring;

/// <summary>Progress of one unit against one target.</summary>
public sealed record TargetProgress(int TargetId, int Indicator, int Unit, ProgressResult Result);

/// <summary>One index for one year: every peer's score, rank and explanation, and the methodology version used.</summary>
public sealed record IndexYear(string Index, int Year, IReadOnlyList<UnitScore> Scores)
{
    public AdoptedMethodology? Methodology { get; init; }
}

/// <summary>Everything one monitoring pass computes from the engine's values.</summary>
public sealed record MonitoringResult(
    IReadOnlyList<TargetProgress> Progress, IReadOnlyList<IndexYear> Indexes, IReadOnlyList<AlertCandidate> Candidates);
