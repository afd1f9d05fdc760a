using System.Globalization;
using DxMonitor.Domain.Projects;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Projects;

/// <summary>What the project form posts, as typed; <see cref="ToWrite"/> reads it into the API's request, naming fields it cannot read.</summary>
public sealed class ProjectFormInput
{
    public const int BlankRows = 3;

    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string? DecisionNumber { get; set; }
    public string? DecisionDate { get; set; }
    public string? TotalBudget { get; set; }
    public FundingSource Funding { get; set; }
    public ProcurementStep Step { get; set; }
    public ProjectStatus Status { get; set; }
    public List<MilestoneInput> Milestones { get; set; } = [];
    public List<PlanInput> Plans { get; set; } = [];

    public static ProjectFormInput From(ProjectDetail d) => new()
    {
        Code = d.Summary.Code,
        Name = d.Summary.Name,
        Unit = d.Summary.Unit,
        DecisionNumber = d.DecisionNumber,
        DecisionDate = Iso(d.DecisionDate),
        TotalBudget = Number(d.Summary.TotalBudget),
        Funding = d.Summary.Funding,
        Step = d.Summary.Step,
        Status = d.Summary.Status,
        Milestones = [.. d.Milestones.Select(m => new MilestoneInput { Name = m.Name, DueOn = Iso(m.DueOn), CompletedOn = Iso(m.CompletedOn) })],
        Plans = [.. d.Plans.Select(p => new PlanInput { Year = p.Year.ToString(CultureInfo.InvariantCulture), Planned = Number(p.Planned), Disbursed = Number(p.Disbursed) })],
    };

    public ProjectWrite ToWrite(FieldErrors errors)
    {
        var milestones = Milestones.Select((m, i) => (m, i)).Where(x => !x.m.IsBlank)
            .Select(x => new MilestoneWrite(x.m.Name ?? "", Date(x.m.DueOn, $"milestones[{x.i}].dueOn", errors, required: true) ?? default,
                Date(x.m.CompletedOn, $"milestones[{x.i}].completedOn", errors))).ToList();
        var plans = Plans.Select((p, i) => (p, i)).Where(x => !x.p.IsBlank)
            .Select(x => new PlanWrite((int)(Amount(x.p.Year, $"plans[{x.i}].year", errors) ?? 0), Amount(x.p.Planned, $"plans[{x.i}].planned", errors) ?? 0,
                Amount(x.p.Disbursed, $"plans[{x.i}].disbursed", errors) ?? 0)).ToList();
        return new ProjectWrite(Code?.Trim() ?? "", Name ?? "", Unit ?? "", Amount(TotalBudget, "totalBudget", errors) ?? 0, Funding, Step, Status,
            DecisionNumber, Date(DecisionDate, "decisionDate", errors), milestones, plans);
    }

    /// <summary>
    /// Blank rows are left out of the request, so "milestones[1]" of the request may be row 3 of the form;
    /// this puts the form's row numbers back into error keys.
    /// </summary>
    public Dictionary<string, string[]> ToFormKeys(Dictionary<string, string[]> errors)
    {
        var milestones = Milestones.Select((m, i) => (m, i)).Where(x => !x.m.IsBlank).Select(x => x.i).ToList();
        var plans = Plans.Select((p, i) => (p, i)).Where(x => !x.p.IsBlank).Select(x => x.i).ToList();
        string Map(string key, string prefix, List<int> rows)
        {
            var close = key.IndexOf(']', StringComparison.Ordinal);
            return key.StartsWith(prefix + "[", StringComparison.Ordinal) && close > 0
                && int.TryParse(key.AsSpan(prefix.Length + 1, close - prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < rows.Count
                ? $"{prefix}[{rows[k]}]{key[(close + 1)..]}"
                : key;
        }
        return errors.ToDictionary(e => Map(Map(e.Key, "milestones", milestones), "plans", plans), e => e.Value, StringComparer.Ordinal);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text, string field, FieldErrors errors, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, ProjectsText.Texts.Format("DateRequired"));
            }
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(field, ProjectsText.Texts.Format("NotADate", text));
        return null;
    }

    private static decimal? Amount(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(field, ProjectsText.Texts.Format("NotANumber", text));
        return null;
    }
}

/// <summary>A milestone row of the form.</summary>
public sealed class MilestoneInput
{
    public string? Name { get; set; }
    public string? DueOn { get; set; }
    public string? CompletedOn { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(DueOn) && string.IsNullOrWhiteSpace(CompletedOn);
}

/// <summary>A yearly plan row of the form.</summary>
public sealed class PlanInput
{
    public string? Year { get; set; }
    public string? Planned { get; set; }
    public string? Disbursed { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(Planned) && string.IsNullOrWhiteSpace(Disbursed);
}
