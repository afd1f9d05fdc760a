namespace DxMonitor.Domain.Progress;

/// <summary>
/// The Open SDG progress measure: the observed growth rate since the baseline over the rate needed to reach
/// the target by its deadline. Ratio &gt;= 0.95 substantial, &gt;= 0.6 moderate, &gt;= 0 limited, &lt; 0 deterioration.
/// </summary>
public enum ProgressClass
{
    NotAssessed = 0,
    Substantial = 1,
    Moderate = 2,
    Limited = 3,
    Deterioration = 4,
}
