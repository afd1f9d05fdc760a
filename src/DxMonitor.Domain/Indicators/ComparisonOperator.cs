namespace DxMonitor.Domain.Indicators;

public enum ComparisonOperator
{
    GreaterOrEqual = 0,
    Greater = 1,
    LessOrEqual = 2,
    Less = 3,
    Equal = 4,
}
