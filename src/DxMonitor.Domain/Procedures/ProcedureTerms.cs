using System.Text;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Procedures;

/// <summary>
/// What a unit publishes about an administrative procedure (thủ tục hành chính) from a date: its name, how it is
/// offered online, whether it has a fee, whether the result is on paper, and its statutory time limit.
/// </summary>
/// <param name="TimeLimitDays">The statutory time limit (thời hạn giải quyết) in days; 0: the same day; null: none.</param>
/// <param name="WorkingDays">Whether the limit counts working days (the usual case) or calendar days.</param>
public sealed record ProcedureTerms(string Name, OnlineLevel OnlineLevel, bool HasFee, bool PaperResult, int? TimeLimitDays, bool WorkingDays)
{
    public const int NameMaxLength = 500;
    public const int MaxTimeLimitDays = 365;

    /// <summary>The terms with the name in Unicode NFC and trimmed, or the problems that stop them being stored.</summary>
    public (ProcedureTerms Terms, IReadOnlyList<FieldProblem> Problems) Checked()
    {
        var problems = new List<FieldProblem>();
        var name = string.Join(' ', Name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
        if (name.Length is 0 or > NameMaxLength)
        {
            problems.Add(new("name", ProcedureText.Texts.Format("NameRequired", NameMaxLength)));
        }
        if (TimeLimitDays is < 0 or > MaxTimeLimitDays)
        {
            problems.Add(new("timeLimitDays", ProcedureText.Texts.Format("TimeLimitOutOfRange", TimeLimitDays ?? 0, MaxTimeLimitDays)));
        }
        if (!Enum.IsDefined(OnlineLevel))
        {
            problems.Add(new("onlineLevel", ProcedureText.Texts.Format("UnknownOnlineLevel", OnlineLevel)));
        }
        return (this with { Name = name }, problems);
    }
}
