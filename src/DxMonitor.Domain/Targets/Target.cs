using DxMonitor.Domain.Access;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Targets;

/// <summary>
/// A target (mục tiêu) for an indicator: the nation as a whole, or every unit of a level, must reach
/// <see cref="Value"/> by <see cref="Deadline"/>.
/// </summary>
public sealed class Target : IAuditedRecord
{
    public int Id { get; private set; }
    public required int IndicatorId { get; init; }
    public required UnitLevel Scope { get; init; }
    public required decimal Value { get; set; }
    public decimal? BaselineValue { get; set; }
    public string? BaselinePeriod { get; set; }
    public required DateOnly Deadline { get; set; }
    public required string LegalSourceVi { get; set; }
    public required string LegalSourceEn { get; set; }
    public int? SourceId { get; set; }

    /// <summary>The day it was withdrawn: kept for history, no longer followed by the engine.</summary>
    public DateOnly? RetiredOn { get; set; }

    public string AuditSubject => $"target/{Id}";
}
