using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// The responsible unit's explanation of a late dossier (giải trình): why it was late and what is being done.
/// Explanations are never changed: a new one supersedes the last, so the rows are their own audit trail.
/// </summary>
public sealed class DossierExplanation
{
    public const int MaxTextLength = 2000;

    public long Id { get; private set; }
    public required int UnitId { get; init; }
    public required string DossierNumber { get; init; }
    public required string Reason { get; init; }
    public required string Remedy { get; init; }
    public required string ExplainedBy { get; init; }
    public required DateTime ExplainedAt { get; init; }

    /// <summary>Checks the texts: both are required and at most <see cref="MaxTextLength"/> characters.</summary>
    public static IReadOnlyList<FieldProblem> Check(string? reason, string? remedy)
    {
        var problems = new List<FieldProblem>();
        foreach (var (field, text) in new[] { ("reason", reason), ("remedy", remedy) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new(field, DossierText.Texts.Format("ExplanationRequired", DossierText.Texts.Format($"Field_{field}"))));
            }
            else if (text.Length > MaxTextLength)
            {
                problems.Add(new(field, DossierText.Texts.Format("ExplanationTooLong", DossierText.Texts.Format($"Field_{field}"), text.Length, MaxTextLength)));
            }
        }
        return problems;
    }
}
