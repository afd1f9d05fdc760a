using DxMonitor.Evaluator.Grading;

namespace DxMonitor.Cli;

/// <summary>An evaluation with the evaluator's phrases (reasons, notes in the evidence, arguments) written in English, as the CLI prints it.</summary>
public static class EnglishEvaluation
{
    public static Evaluation Of(Evaluation evaluation) => evaluation with
    {
        Checks = [.. evaluation.Checks.Select(c => c with { NotMeasuredReason = EnglishPhrases.Render(c.NotMeasuredReason) })],
        Deductions = [.. evaluation.Deductions.Select(d => d with
        {
            Evidence = d.Evidence with { Element = EnglishPhrases.Render(d.Evidence.Element), Metric = EnglishPhrases.Render(d.Evidence.Metric) },
            Arguments = [.. d.Arguments.Select(a => EnglishPhrases.Render(a))],
        })],
    };
}
