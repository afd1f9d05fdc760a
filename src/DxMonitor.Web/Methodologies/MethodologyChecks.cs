using DxMonitor.Data;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Methodologies;

/// <summary>
/// What makes a methodology unusable, each problem under the field it is about (<c>pillars[1].components[0].weight</c>):
/// names, positive weights and scale, known indicators that fit the index's level, no sub-indicator twice, a target for
/// distance-to-target, peer groups of known units of the index's level, each unit in one group at most.
/// </summary>
public static class MethodologyChecks
{
    public static async Task<FieldErrors> CheckAsync(DxDbContext db, IndexDefinition d, CancellationToken ct)
    {
        var levels = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.ReportingLevels, StringComparer.Ordinal, ct);
        var unitCodes = d.Groups.SelectMany(g => g.Units ?? []).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Level, StringComparer.Ordinal, ct);
        var errors = new FieldErrors();
        Require(errors, "nameVi", d.NameVi);
        Require(errors, "nameEn", d.NameEn);
        if (!(d.MaxScore > 0 && double.IsFinite(d.MaxScore)))
        {
            errors.Add("maxScore", Text("PositiveNumber", d.MaxScore));
        }
        if (d.Pillars.Count == 0)
        {
            errors.Add("pillars", Text("NoPillar"));
        }
        var pillarCodes = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < d.Pillars.Count; p++)
        {
            var pillar = d.Pillars[p];
            var at = $"pillars[{p}]";
            if (string.IsNullOrWhiteSpace(pillar?.Code))
            {
                errors.Add($"{at}.code", Text("Required"));
                continue;
            }
            if (!pillarCodes.Add(pillar.Code))
            {
                errors.Add($"{at}.code", Text("DuplicatePillar", pillar.Code));
            }
            Require(errors, $"{at}.nameVi", pillar.NameVi);
            Positive(errors, $"{at}.weight", pillar.Weight);
            if (pillar.Components is not { Count: > 0 })
            {
                errors.Add($"{at}.components", Text("NoComponent", pillar.Code));
                continue;
            }
            for (var c = 0; c < pillar.Components.Count; c++)
            {
                CheckComponent(errors, $"{at}.components[{c}]", pillar.Components[c], d.PeerLevel, levels, seen);
            }
        }
        CheckGroups(errors, d, units);
        return errors;
    }

    private static void CheckComponent(FieldErrors errors, string at, ComponentDefinition? component, UnitLevel level,
        Dictionary<string, UnitLevels> levels, HashSet<string> seen)
    {
        if (component is null)
        {
            errors.Add(at, Text("Required"));
            return;
        }
        if (component.Indicator is { } code)
        {
            if (!levels.TryGetValue(code, out var reported))
            {
                errors.Add($"{at}.indicator", Text("UnknownIndicator", code));
            }
            else if (!Fits(reported, level))
            {
                errors.Add($"{at}.indicator", Text("WrongLevel", code, level.InWords()));
            }
        }
        else if (string.IsNullOrWhiteSpace(component.Code) || string.IsNullOrWhiteSpace(component.NameVi))
        {
            errors.Add($"{at}.indicator", Text("AwaitingNeedsName"));
        }
        if (!seen.Add(component.Key))
        {
            errors.Add(component.Indicator is null ? $"{at}.code" : $"{at}.indicator", Text("DuplicateComponent", component.Key));
        }
        Positive(errors, $"{at}.weight", component.Weight);
        if (component.Normalisation == Normalisation.DistanceToTarget && !(component.Target is > 0 and var t && double.IsFinite(t)))
        {
            errors.Add($"{at}.target", Text("NeedsTarget", component.Key));
        }
    }

    private static void CheckGroups(FieldErrors errors, IndexDefinition d, Dictionary<string, UnitLevel> units)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var grouped = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < d.Groups.Count; g++)
        {
            var group = d.Groups[g];
            var at = $"peerGroups[{g}]";
            if (string.IsNullOrWhiteSpace(group?.Code) || !codes.Add(group.Code))
            {
                errors.Add($"{at}.code", Text(group?.Code is null ? "Required" : "DuplicateGroup", group?.Code ?? ""));
                continue;
            }
            Require(errors, $"{at}.nameVi", group.NameVi);
            for (var u = 0; u < (group.Units?.Count ?? 0); u++)
            {
                var unit = group.Units![u]; // counted above
                if (!units.TryGetValue(unit, out var unitLevel) || unitLevel != d.PeerLevel)
                {
                    errors.Add($"{at}.units[{u}]", Text("UnknownPeer", unit, d.PeerLevel.InWords()));
                }
                else if (!grouped.Add(unit))
                {
                    errors.Add($"{at}.units[{u}]", Text("UnitInTwoGroups", unit));
                }
            }
        }
    }

    /// <summary>An indicator fits an index when its peers report it, or it rolls up to them (the nation's from any level).</summary>
    public static bool Fits(UnitLevels reported, UnitLevel peers) =>
        reported.Includes(peers) || peers == UnitLevel.Nation
        || (peers == UnitLevel.Province && (reported.Includes(UnitLevel.District) || reported.Includes(UnitLevel.Commune)));

    private static void Require(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, Text("Required"));
        }
    }

    private static void Positive(FieldErrors errors, string field, double value)
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            errors.Add(field, Text("PositiveNumber", value));
        }
    }

    private static string Text(string key, params object?[] arguments) => MethodologyText.Texts.Format(key, arguments);
}
