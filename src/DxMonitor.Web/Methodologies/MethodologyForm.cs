using DxMonitor.Domain.DxIndex;

namespace DxMonitor.Web.Methodologies;

/// <summary>
/// The methodology editor's form: every main indicator with its sub-indicators, one empty row each to add one, and a
/// "remove" box per row. It becomes the API's <see cref="MethodologyRequest"/>, so the page and the API share one set of
/// checks; <see cref="FormField"/> turns a problem's field back into the form row it is about.
/// </summary>
public sealed class MethodologyForm
{
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public double MaxScore { get; set; }
    public MissingValue Missing { get; set; }
    public string? Source { get; set; }
    public List<PillarForm> Pillars { get; set; } = [];
    public List<GroupForm> Groups { get; set; } = [];

    private readonly Dictionary<string, string> _rows = new(StringComparer.Ordinal);

    public static MethodologyForm From(IndexDefinition d, string? source) => new()
    {
        NameVi = d.NameVi,
        NameEn = d.NameEn,
        MaxScore = d.MaxScore,
        Missing = d.Missing,
        Source = source,
        Pillars = [.. d.Pillars.Select(p => new PillarForm
        {
            Code = p.Code, NameVi = p.NameVi, NameEn = p.NameEn, Area = p.Area, Weight = p.Weight,
            Components = [.. p.Components.Select(c => new ComponentForm
            {
                Indicator = c.Indicator, Code = c.Code, NameVi = c.NameVi, NameEn = c.NameEn, Weight = c.Weight, Normalisation = c.Normalisation, Target = c.Target,
            }), new ComponentForm()],
        })],
        Groups = [.. d.Groups.Select(g => new GroupForm { Code = g.Code, NameVi = g.NameVi, NameEn = g.NameEn, Units = string.Join(", ", g.Units) })],
    };

    /// <summary>A posted form leaves the lists it had no field for null (no peer group, say): they are empty lists.</summary>
    public MethodologyForm Complete()
    {
        Pillars ??= [];
        Groups ??= [];
        foreach (var pillar in Pillars)
        {
            pillar.Components ??= [];
        }
        return this;
    }

    public MethodologyRequest ToRequest()
    {
        _rows.Clear();
        var pillars = new List<PillarDefinition>();
        for (var p = 0; p < Pillars.Count; p++)
        {
            var pillar = Pillars[p];
            var components = new List<ComponentDefinition>();
            for (var c = 0; c < pillar.Components.Count; c++)
            {
                var row = pillar.Components[c];
                if (row.Remove || (Blank(row.Indicator) && Blank(row.Code) && Blank(row.NameVi)))
                {
                    continue;
                }
                _rows[$"pillars[{p}].components[{components.Count}]"] = $"Pillars[{p}].Components[{c}]";
                components.Add(new ComponentDefinition(Trim(row.Indicator), row.Weight ?? 0, row.Normalisation, row.Target, Trim(row.Code), Trim(row.NameVi), Trim(row.NameEn)));
            }
            pillars.Add(new PillarDefinition(pillar.Code?.Trim() ?? "", pillar.NameVi?.Trim() ?? "", pillar.NameEn?.Trim() ?? "", pillar.Weight, components, Trim(pillar.Area)));
        }
        var groups = Groups.Where(g => !Blank(g.Code)).Select(g => new PeerGroup(g.Code!.Trim(), g.NameVi?.Trim() ?? "", g.NameEn?.Trim() ?? "", // not blank: filtered
            [.. (g.Units ?? "").Split([',', ' ', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries)])).ToList();
        return new MethodologyRequest(NameVi, NameEn, MaxScore, Missing, pillars, groups, Source);
    }

    /// <summary>The form field a problem's field names: "pillars[0].components[2].weight" → "Pillars[0].Components[3].weight".</summary>
    public string FormField(string field)
    {
        var end = field.IndexOf(']', field.IndexOf(".components[", StringComparison.Ordinal) + 1);
        return end > 0 && _rows.TryGetValue(field[..(end + 1)], out var row) ? row + field[(end + 1)..] : field;
    }

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

    private static string? Trim(string? s) => Blank(s) ? null : s!.Trim(); // not blank: checked
}

public sealed class PillarForm
{
    public string? Code { get; set; }
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public string? Area { get; set; }
    public double Weight { get; set; }
    public List<ComponentForm> Components { get; set; } = [];
}

public sealed class ComponentForm
{
    public string? Indicator { get; set; }
    public string? Code { get; set; }
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public double? Weight { get; set; }
    public Normalisation Normalisation { get; set; }
    public double? Target { get; set; }
    public bool Remove { get; set; }
}

public sealed class GroupForm
{
    public string? Code { get; set; }
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public string? Units { get; set; }
}
