using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.Projects;

/// <summary>
/// A digital-transformation investment project (dự án đầu tư CĐS) of a unit: its investment decision, budget
/// and source, the procurement step it has reached, and its status. Milestones, yearly plans and documents
/// are records of their own that point to it.
/// </summary>
public sealed class Project : IAuditedRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Code { get; init; }
    public required string Name { get; set; }

    /// <summary>The name folded for search and duplicate detection (see <see cref="Text.SearchText"/>).</summary>
    public string NameFolded { get; set; } = "";

    public required int UnitId { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public required decimal TotalBudget { get; set; }
    public FundingSource Funding { get; set; }
    public ProcurementStep Step { get; set; }
    public ProjectStatus Status { get; set; }
    public required DateTime CreatedAt { get; init; }

    /// <summary>When anything of the project last changed; a long silence is the "idle" warning.</summary>
    public required DateTime UpdatedAt { get; set; }

    public string AuditSubject => $"project/{Code}";

    public ProjectPhase Phase => ProcurementSteps.PhaseOf(Step);
}
