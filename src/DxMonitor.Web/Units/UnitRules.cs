using DxMonitor.Domain;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Units;

/// <summary>The checks a unit change must pass; each refusal names the field in error.</summary>
internal static class UnitRules
{
    public const int NameMaxLength = 200;
    public const int NoteMaxLength = 2000;

    private static string T(string key, params object?[] args) => UnitsText.Texts.Format(key, args);

    public static string Name(string? name, string field)
    {
        var trimmed = name?.Trim().Normalize();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new RuleViolationException(T("NameRequired"), field);
        }
        return trimmed.Length <= NameMaxLength ? trimmed : throw new RuleViolationException(T("NameTooLong", NameMaxLength), field);
    }

    public static string? Note(string? note, string field)
    {
        var trimmed = note?.Trim().Normalize();
        return string.IsNullOrEmpty(trimmed) ? null
            : trimmed.Length <= NoteMaxLength ? trimmed : throw new RuleViolationException(T("NoteTooLong", NoteMaxLength), field);
    }

    public static DateOnly Date(DateOnly? date, string field) => date ?? throw new RuleViolationException(T("DateRequired"), field);

    /// <summary>A new unit, checked against the units there are (<paramref name="freed"/>: codes being ended in the same change).</summary>
    public static OrgUnit NewUnit(NewUnitRequest request, DateOnly from, UnitDirectory units, IReadOnlySet<string> freed, string prefix)
    {
        var code = Require.Code(request.Code?.Trim(), "unit", prefix + "code");
        if (units.ByCode.ContainsKey(code) && !freed.Contains(code))
        {
            throw new RuleViolationException(T("CodeTaken", code), prefix + "code");
        }
        var level = Require.Enum<UnitLevel>(request.Level, prefix + "level") is { } l and not UnitLevel.Nation
            ? l : throw new RuleViolationException(T("LevelRequired"), prefix + "level");
        var nameVi = Name(request.NameVi, prefix + "nameVi");
        var nameEn = Name(request.NameEn, prefix + "nameEn");
        if (string.IsNullOrWhiteSpace(request.Parent))
        {
            throw new RuleViolationException(T("ParentRequired"), prefix + "parent");
        }
        var parent = units.Require(request.Parent.Trim(), prefix + "parent");
        if (!CanBeUnder(level, parent.Level))
        {
            throw new RuleViolationException(T("ParentLevel", level.InWords(), parent.Level.InWords(), parent.Code), prefix + "parent");
        }
        if (!parent.IsValidOn(from))
        {
            throw new RuleViolationException(T("ParentNotValid", parent.Code, from), prefix + "parent");
        }
        var adminCode = string.IsNullOrWhiteSpace(request.AdminCode) ? null : request.AdminCode.Trim();
        if (adminCode is { Length: > 20 })
        {
            throw new RuleViolationException(PublicCode.Describe("unit", adminCode), prefix + "adminCode");
        }
        return new OrgUnit
        {
            Code = code,
            AdminCode = adminCode,
            Level = level,
            NameVi = nameVi,
            NameEn = nameEn,
            ParentId = parent.Id,
            ValidFrom = from,
            Note = Note(request.Note, prefix + "note"),
        };
    }

    /// <summary>Ministries and provinces sit under the nation; districts under a province; communes under a province or district.</summary>
    public static bool CanBeUnder(UnitLevel level, UnitLevel parent) => level switch
    {
        UnitLevel.Ministry or UnitLevel.Province => parent == UnitLevel.Nation,
        UnitLevel.District => parent == UnitLevel.Province,
        UnitLevel.Commune => parent is UnitLevel.Province or UnitLevel.District,
        _ => false,
    };

    /// <summary>A unit that may end on <paramref name="on"/>: not the nation, not ended, started before, no units under it after.</summary>
    public static void CanEnd(OrgUnit unit, DateOnly on, UnitDirectory units, string field)
    {
        if (unit.Level == UnitLevel.Nation)
        {
            throw new RuleViolationException(T("NationIsPermanent"), field);
        }
        if (unit.ValidTo is { } ended)
        {
            throw new RuleViolationException(T("AlreadyEnded", unit.Code, ended), field);
        }
        if (unit.ValidFrom is { } from && on <= from)
        {
            throw new RuleViolationException(T("EndBeforeStart", unit.Code, from), field);
        }
        var below = units.All.Count(u => u.ParentId == unit.Id && (u.ValidTo is null || u.ValidTo > on));
        if (below > 0)
        {
            throw new RuleViolationException(T("HasChildren", unit.Code, below, on), field);
        }
        var endedCode = OrgUnit.EndedCode(unit.Code, on, units.ByCode.ContainsKey);
        if (units.ByCode.ContainsKey(endedCode) || endedCode.Length > PublicCode.MaxLength)
        {
            throw new RuleViolationException(T("EndedCodeTaken", unit.Code, endedCode), field);
        }
    }
}
