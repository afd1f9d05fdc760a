using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DxMonitor.Evaluator.Grading;

namespace DxMonitor.Cli;

/// <summary>An evaluation as a province's officer reads it (text) or as a program reads it (JSON, diacritics kept).</summary>
public static class EvaluationText
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Json(IReadOnlyList<Evaluation> evaluations) =>
        JsonSerializer.Serialize(evaluations.Count == 1 ? (object)EnglishEvaluation.Of(evaluations[0]) : evaluations.Select(EnglishEvaluation.Of).ToList(), JsonOptions) + Environment.NewLine;

    public static string Plain(IReadOnlyList<Evaluation> evaluations)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        foreach (var evaluation in evaluations)
        {
            text.AppendLine(culture, $"{evaluation.Url}  grade {evaluation.Grade}  score {evaluation.Score:0.0}/100  {evaluation.Definition}  ({evaluation.Duration.TotalSeconds:0.0} s)");
            text.AppendLine("Groups:");
            foreach (var group in evaluation.Groups)
            {
                text.AppendLine(string.Create(culture, $"  {group.GroupId,-14} {group.Points,6:0.0} / {group.Weight:0.0}"));
            }
            text.AppendLine("Checks:");
            foreach (var check in evaluation.Checks)
            {
                text.AppendLine(check.Measured
                    ? string.Create(culture, $"  {check.CheckId,-14} {check.Points,6:0.0} / {check.Weight:0.0}")
                    : $"  {check.CheckId,-14}   not measured: {EnglishPhrases.Render(check.NotMeasuredReason)}");
            }
            var deductions = evaluation.Deductions.Where(d => d.Points > 0).OrderByDescending(d => d.Points).ToList();
            text.AppendLine(deductions.Count == 0 ? "Deductions: none" : "Deductions (most costly first):");
            foreach (var deduction in deductions)
            {
                text.AppendLine(culture, $"  {"-" + deduction.Points.ToString("0.00", culture),6}  {deduction.CheckId}/{deduction.Code}: {deduction.Message}");
                text.AppendLine(culture, $"          {deduction.Evidence}");
            }
            var found = evaluation.Deductions.Where(d => d.Points == 0 && d.Code.StartsWith("found-", StringComparison.Ordinal)).ToList();
            if (found.Count > 0)
            {
                text.AppendLine("Found:");
                found.ForEach(f => text.AppendLine(culture, $"  {f.Message}  [{f.Evidence}]"));
            }
            var notes = evaluation.Deductions.Where(d => d.Points == 0 && !d.Code.StartsWith("found-", StringComparison.Ordinal)).ToList();
            if (notes.Count > 0)
            {
                text.AppendLine("Notes:");
                notes.ForEach(n => text.AppendLine(culture, $"  {n.CheckId}/{n.Code}: {n.Message}  [{n.Evidence}]"));
            }
            text.AppendLine();
        }
        return text.ToString();
    }
}
