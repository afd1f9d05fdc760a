namespace DxMonitor.Data.Monitoring;

/// <summary>
/// What a change-log row (and the engines' queue item it becomes) tells the engines: figures of cells, or a signal
/// that something they are built from changed, which every instance applies when it follows the row.
/// </summary>
public enum EngineChangeKind
{
    /// <summary>Figures of the row's cells were stored or published.</summary>
    Values = 0,

    /// <summary>Units added, renamed, closed or merged (ADR 027): the engines are loaded again from the database.</summary>
    ReferenceData = 1,

    /// <summary>Indicators or targets added, edited or retired (ADR 025): the engines are rebuilt with the catalogue.</summary>
    Catalogue = 2,

    /// <summary>A methodology was adopted or an adopted one edited (ADR 026): every engine ranks again with those in force.</summary>
    Methodologies = 3,
}
