using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Feedback;

/// <summary>
/// Checks the rows of feedback and rating files (their cells by column key) and makes the records; every problem names
/// its column. Times as in dossier files: ISO 8601, Vietnam time without an offset, a bare due date the end of that day.
/// </summary>
public static class FeedbackParser
{
    public sealed record Result<T>(T? Record, string UnitCode, IReadOnlyList<FieldProblem> Problems) where T : class;

    private static readonly Dictionary<string, Satisfaction> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["very_satisfied"] = Satisfaction.VerySatisfied,
        ["satisfied"] = Satisfaction.Satisfied,
        ["dissatisfied"] = Satisfaction.Dissatisfied,
        ["rất hài lòng"] = Satisfaction.VerySatisfied,
        ["hài lòng"] = Satisfaction.Satisfied,
        ["không hài lòng"] = Satisfaction.Dissatisfied,
    };

    public static Result<FeedbackRecord> Feedback(Func<string, string?> cell, DateTime nowUtc)
    {
        var problems = new List<FieldProblem>();
        var unit = Code(cell("unit"), "unit", problems);
        var number = Code(cell("feedback_id"), "feedback_id", problems);
        var received = DossierParser.Time(cell("received_at"), "received_at", "Thời điểm tiếp nhận", required: true, endOfDay: false, problems);
        var due = DossierParser.Time(cell("due_at"), "due_at", "Hạn trả lời", required: false, endOfDay: true, problems);
        var answered = DossierParser.Time(cell("answered_at"), "answered_at", "Thời điểm trả lời", required: false, endOfDay: false, problems);
        NotAfter(received, nowUtc, "received_at", problems);
        NotAfter(answered, nowUtc, "answered_at", problems);
        if (received is { } from && answered is { } to && to < from)
        {
            problems.Add(new("answered_at", FeedbackText.Texts.Format("AnsweredBeforeReceived")));
        }
        return problems.Count > 0 || number is null || received is null
            ? new(null, unit ?? "", problems)
            : new(FeedbackRecord.Create(number, received.Value, due, answered), unit ?? "", problems);
    }

    public static Result<DossierRating> Rating(Func<string, string?> cell, DateTime nowUtc)
    {
        var problems = new List<FieldProblem>();
        var unit = Code(cell("unit"), "unit", problems);
        var dossier = Code(cell("dossier_id"), "dossier_id", problems);
        var rated = DossierParser.Time(cell("rated_at"), "rated_at", "Thời điểm đánh giá", required: true, endOfDay: false, problems);
        NotAfter(rated, nowUtc, "rated_at", problems);
        Satisfaction? level = null;
        var text = cell("satisfaction")?.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (string.IsNullOrEmpty(text))
        {
            problems.Add(new("satisfaction", FeedbackText.Texts.Format("Required", "satisfaction")));
        }
        else if (Levels.TryGetValue(text, out var found))
        {
            level = found;
        }
        else
        {
            problems.Add(new("satisfaction", FeedbackText.Texts.Format("NotALevel", text)));
        }
        return problems.Count > 0 || dossier is null || rated is null || level is null
            ? new(null, unit ?? "", problems)
            : new(DossierRating.Create(dossier, rated.Value, level.Value), unit ?? "", problems);
    }

    private static string? Code(string? text, string key, List<FieldProblem> problems)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            problems.Add(new(key, FeedbackText.Texts.Format("Required", key)));
            return null;
        }
        if (value.Length > Dossier.MaxNumberLength || value.Any(char.IsControl))
        {
            problems.Add(new(key, FeedbackText.Texts.Format("NotACode", value.Length > 40 ? value[..40] + "…" : value, Dossier.MaxNumberLength)));
            return null;
        }
        return value.Normalize(System.Text.NormalizationForm.FormC);
    }

    private static void NotAfter(DateTime? time, DateTime nowUtc, string key, List<FieldProblem> problems)
    {
        if (time is { } t && t > nowUtc.AddHours(1))
        {
            problems.Add(new(key, FeedbackText.Texts.Format("InFuture")));
        }
    }
}
