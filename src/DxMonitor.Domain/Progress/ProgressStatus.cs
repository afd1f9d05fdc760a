namespace DxMonitor.Domain.Progress;

/// <summary>Where a unit stands against a target (tiến độ so với mục tiêu).</summary>
public enum ProgressStatus
{
    NoData = 0,
    Achieved = 1,
    OnTrack = 2,
    Behind = 3,
    Missed = 4,
}
