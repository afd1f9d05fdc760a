namespace DxMonitor.Domain.Projects;

/// <summary>
/// One warning about a project: its kind, what it is about (a milestone's name, a year, a platform's name)
/// and the figures behind it, so the page can explain it ("disbursed 20% of the year's plan, 60% expected").
/// </summary>
public sealed record ProjectWarning(WarningKind Kind, string Subject, decimal? Actual = null, decimal? Expected = null, DateOnly? Since = null);
