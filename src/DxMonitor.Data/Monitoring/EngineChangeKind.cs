namespace DxMonitor.Data.Monitoring;

/// <summary>What a change-log row tells the engines.</summary>
public enum EngineChangeKind
{
    Values = 0,

    /// <summary>A methodology was adopted or an adopted one edited: every engine reloads the methodologies in force.</summary>
    Methodologies = 1,
}
