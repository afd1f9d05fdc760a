using DxMonitor.Domain.Procedures;

namespace DxMonitor.Web.Procedures;

/// <param name="OnlineLevel">Full (toàn trình), Partial (một phần) or None.</param>
/// <param name="TimeLimitDays">Statutory time limit in days; 0: the same day; null: no limit.</param>
/// <param name="WorkingDays">Whether the limit counts working days (otherwise calendar days).</param>
/// <param name="ValidTo">The day this version stops applying (exclusive); null: still in force.</param>
public sealed record ProcedureResponse(string Unit, string Code, string Name, OnlineLevel OnlineLevel, bool HasFee, bool PaperResult,
    int? TimeLimitDays, bool WorkingDays, DateOnly ValidFrom, DateOnly? ValidTo);

/// <param name="Name">The procedure's name as published, in Vietnamese.</param>
/// <param name="OnlineLevel">full, partial or none (toàn trình, một phần, không).</param>
/// <param name="HasFee">Whether the procedure has a fee or charge.</param>
/// <param name="PaperResult">Whether the result is issued on paper (otherwise electronically).</param>
/// <param name="TimeLimitDays">Statutory time limit in days, 0-365; 0 for the same day; omit when there is none.</param>
/// <param name="WorkingDays">Whether the limit counts working days (default true).</param>
/// <param name="ValidFrom">The publication date from which these terms apply (yyyy-MM-dd); default today.</param>
public sealed record ProcedureWrite(string? Name, string? OnlineLevel = null, bool? HasFee = null, bool? PaperResult = null,
    int? TimeLimitDays = null, bool? WorkingDays = null, string? ValidFrom = null);

/// <param name="On">The first day the procedure no longer applies (yyyy-MM-dd).</param>
public sealed record RetireProcedureRequest(string? On);

public sealed record ProcedureImportResult(int Rows, int Created, int Updated);
