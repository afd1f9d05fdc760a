namespace DxMonitor.Domain.Indicators;

public enum Direction
{
    HigherIsBetter = 0,
    LowerIsBetter = 1,
}
