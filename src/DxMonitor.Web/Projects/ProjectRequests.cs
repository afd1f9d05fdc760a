using System.ComponentModel.DataAnnotations;
using DxMonitor.Domain.Projects;

namespace DxMonitor.Web.Projects;

/// <summary>A milestone of a project: what, by when, and when it was done.</summary>
public sealed record MilestoneWrite([property: Required, StringLength(300)] string Name, DateOnly DueOn, DateOnly? CompletedOn = null);

/// <summary>A year's capital plan and what was disbursed of it (VND).</summary>
public sealed record PlanWrite(int Year, decimal Planned, decimal Disbursed = 0);

/// <summary>
/// A project as registered or updated: the code is kept once given; milestones are matched by name and
/// plans by year, those left out are removed.
/// </summary>
/// <param name="Code">Stable public code, e.g. DA-P01-2025-01 (upper-case letters, digits, '.', '-', '_').</param>
/// <param name="Unit">Code of the owner unit (chủ đầu tư).</param>
/// <param name="TotalBudget">Total investment approved, in VND.</param>
public sealed record ProjectWrite(
    [property: Required, StringLength(40)] string Code,
    [property: Required, StringLength(500)] string Name,
    [property: Required, StringLength(40)] string Unit,
    decimal TotalBudget,
    FundingSource Funding,
    ProcurementStep Step,
    ProjectStatus Status = ProjectStatus.Active,
    [property: StringLength(100)] string? DecisionNumber = null,
    DateOnly? DecisionDate = null,
    [property: MaxLength(100)] IReadOnlyList<MilestoneWrite>? Milestones = null,
    [property: MaxLength(50)] IReadOnlyList<PlanWrite>? Plans = null);
