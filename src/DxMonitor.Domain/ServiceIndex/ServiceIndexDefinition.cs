using System.Text.Json.Serialization;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.ServiceIndex;

/// <summary>
/// One version of the service index's definition, in force from the month <paramref name="ValidFrom"/> (a month code,
/// 2022M08) until the next version's: its groups and components, weights, caps and full-at rates, and how a component
/// without data counts (<see cref="MissingValue.Reweight"/>: the score is scaled to 100 over the components with data;
/// <see cref="MissingValue.Zero"/>: it earns nothing). A period is scored by the version in force in its last month.
/// </summary>
public sealed record ServiceIndexDefinition(
    string Version, string ValidFrom, string NameVi, string NameEn, IReadOnlyList<ServiceGroupDefinition> Groups,
    MissingValue Missing = MissingValue.Reweight, decimal MinCoverage = 50)
{
    public const int MaxTextLength = 200;

    /// <summary>The first month (yyyyMM) it is in force.</summary>
    [JsonIgnore]
    public int ValidFromMonth => Period.TryParse(ValidFrom, out var month, out _) && month.Type == PeriodType.Month
        ? Dossiers.DossierMonth.Of(month) : 0;

    [JsonIgnore]
    public decimal MaxPoints => Groups.Sum(g => g.MaxPoints);

    /// <summary>What makes the definition unusable, each named by its place (groups[1].components[0].weight).</summary>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        var texts = ServiceIndexText.Texts;
        // A body read from JSON may leave any of these null whatever their declared type.
        var groups = Groups ?? [];
        if ((Version ?? "").Trim().Length is 0 or > 32 || (Version ?? "").Any(char.IsControl))
        {
            problems.Add(new("version", texts.Format("BadVersion", Version)));
        }
        if (ValidFromMonth == 0)
        {
            problems.Add(new("validFrom", texts.Format("BadValidFrom", ValidFrom)));
        }
        CheckName(problems, "nameVi", NameVi);
        CheckName(problems, "nameEn", NameEn);
        if (groups.Count == 0)
        {
            problems.Add(new("groups", texts.Format("NoGroups")));
        }
        if (MinCoverage is < 0 or > 100)
        {
            problems.Add(new("minCoverage", texts.Format("BadPercent", MinCoverage)));
        }
        if (groups.Count > 0 && groups.Sum(g => g?.MaxPoints ?? 0) is var total && total != 100)
        {
            problems.Add(new("groups", texts.Format("GroupsNotHundred", total)));
        }
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var at = $"groups[{g}]";
            if (group is null)
            {
                problems.Add(new(at, texts.Format("NoGroups")));
                continue;
            }
            var components = group.Components ?? [];
            CheckCode(problems, $"{at}.code", group.Code, codes);
            CheckName(problems, $"{at}.nameVi", group.NameVi);
            CheckName(problems, $"{at}.nameEn", group.NameEn);
            if (group.MaxPoints <= 0)
            {
                problems.Add(new($"{at}.maxPoints", texts.Format("NotPositive", group.MaxPoints)));
            }
            if (components.Count == 0)
            {
                problems.Add(new($"{at}.components", texts.Format("NoComponents", group.Code)));
            }
            for (var c = 0; c < components.Count; c++)
            {
                var component = components[c];
                var place = $"{at}.components[{c}]";
                if (component is null)
                {
                    problems.Add(new(place, texts.Format("NoComponents", group.Code)));
                    continue;
                }
                CheckCode(problems, $"{place}.code", component.Code, codes);
                CheckName(problems, $"{place}.nameVi", component.NameVi);
                CheckName(problems, $"{place}.nameEn", component.NameEn);
                if (!Enum.IsDefined(component.Measure))
                {
                    problems.Add(new($"{place}.measure", texts.Format("UnknownMeasure", component.Measure)));
                }
                if (component.Weight <= 0)
                {
                    problems.Add(new($"{place}.weight", texts.Format("NotPositive", component.Weight)));
                }
                if (component.FullAt is <= 0 or > 100)
                {
                    problems.Add(new($"{place}.fullAt", texts.Format("BadPercent", component.FullAt)));
                }
                if (component.Levels is { Count: 0 })
                {
                    problems.Add(new($"{place}.levels", texts.Format("NoLevels")));
                }
            }
            if (components.Count > 0 && components.Sum(c => c?.Weight ?? 0) is var weights && weights < group.MaxPoints)
            {
                problems.Add(new($"{at}.maxPoints", texts.Format("CapAboveWeights", group.MaxPoints, weights)));
            }
        }
        return problems;
    }

    private static void CheckName(List<FieldProblem> problems, string field, string? name)
    {
        if ((name ?? "").Trim().Length is 0 or > MaxTextLength)
        {
            problems.Add(new(field, ServiceIndexText.Texts.Format("NameRequired", MaxTextLength)));
        }
    }

    private static void CheckCode(List<FieldProblem> problems, string field, string? code, HashSet<string> seen)
    {
        code ??= "";
        if (code.Trim().Length is 0 or > 32 || code.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            problems.Add(new(field, ServiceIndexText.Texts.Format("BadCode", code)));
        }
        else if (!seen.Add(code))
        {
            problems.Add(new(field, ServiceIndexText.Texts.Format("CodeTwice", code)));
        }
    }
}
