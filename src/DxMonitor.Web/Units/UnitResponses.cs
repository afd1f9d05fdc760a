using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Units;

/// <summary>An organisation unit. validTo is exclusive: the first day the unit no longer exists.</summary>
/// <param name="Note">How the unit came to be, as published (e.g. the units a 2025 commune was formed from).</param>
public sealed record UnitResponse(
    string Code, string? AdminCode, UnitLevel Level, string NameVi, string NameEn, string? Parent, DateOnly? ValidFrom, DateOnly? ValidTo,
    string? Note = null)
{
    public static UnitResponse From(OrgUnit unit, string? parentCode) =>
        new(unit.Code, unit.AdminCode, unit.Level, unit.NameVi, unit.NameEn, parentCode, unit.ValidFrom, unit.ValidTo, unit.Note);
}

/// <summary>A succession link: the unit on the other side, the date and the share that passed.</summary>
public sealed record SuccessionResponse(string Unit, string NameVi, DateOnly EffectiveOn, decimal Share);

/// <summary>A unit with the units it came from and the units it became.</summary>
public sealed record UnitDetailResponse(
    UnitResponse Unit, IReadOnlyList<SuccessionResponse> Predecessors, IReadOnlyList<SuccessionResponse> Successors);

/// <summary>A unit in the hierarchy valid on a date, with its children.</summary>
public sealed record UnitNode(string Code, UnitLevel Level, string NameVi, string NameEn, IReadOnlyList<UnitNode> Children);

public sealed record HierarchyResponse(DateOnly AsOf, int UnitCount, UnitNode Root);
