using DxMonitor.Domain.Projects;

namespace DxMonitor.Web.Projects;

/// <summary>A warning about a project, with the figures behind it and a sentence in the reader's language.</summary>
public sealed record WarningResponse(WarningKind Kind, string Subject, decimal? Actual, decimal? Expected, DateOnly? Since, string Message);

/// <summary>A project in a list: its owner, money and warnings.</summary>
public sealed record ProjectSummary(
    string Code, string Name, string Unit, string UnitNameVi, decimal TotalBudget, FundingSource Funding, ProcurementStep Step,
    ProjectPhase Phase, ProjectStatus Status, decimal Planned, decimal Disbursed, IReadOnlyList<WarningResponse> Warnings);

public sealed record MilestoneResponse(string Name, DateOnly DueOn, DateOnly? CompletedOn);

public sealed record PlanResponse(int Year, decimal Planned, decimal Disbursed);

public sealed record DocumentResponse(Guid Id, string FileName, DocumentKind Kind, long Size, string Sha256, string UploadedBy, DateTime UploadedAt);

/// <summary>A project with everything about it.</summary>
public sealed record ProjectDetail(
    ProjectSummary Summary, string? DecisionNumber, DateOnly? DecisionDate, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<MilestoneResponse> Milestones, IReadOnlyList<PlanResponse> Plans, IReadOnlyList<DocumentResponse> Documents);

/// <summary>A unit's (or the nation's) projects added up; <paramref name="Unit"/> is null for the national total.</summary>
public sealed record RollupResponse(
    string? Unit, string? UnitNameVi, int Projects, int Active, decimal TotalBudget, decimal Planned, decimal Disbursed,
    decimal? DisbursementRate, int WithWarnings, IReadOnlyDictionary<WarningKind, int> ByWarning);

/// <summary>An audited change of a project or one of its parts.</summary>
public sealed record ChangeResponse(string Subject, string Action, string? OldValues, string? NewValues, string ChangedBy, DateTime ChangedAt);
