namespace DxMonitor.Evaluator.Grading;

/// <summary>What the grader made of the checks' results under one definition.</summary>
public sealed record GradeSheet(
    double Score,
    string Grade,
    IReadOnlyList<CheckScore> Checks,
    IReadOnlyList<GroupScore> Groups,
    IReadOnlyList<Deduction> Deductions);
