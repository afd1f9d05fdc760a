namespace DxMonitor.Web.Units;

/// <summary>A new unit: its code (plain, per ADR 003), level, names, the unit above it and the day it comes into force.</summary>
public sealed record NewUnitRequest(
    string? Code = null, string? AdminCode = null, string? Level = null, string? NameVi = null, string? NameEn = null, string? Parent = null,
    DateOnly? ValidFrom = null, string? Note = null);

/// <summary>New names for a unit whose territory did not change: same unit, same code (ADR 003).</summary>
public sealed record RenameUnitRequest(string? NameVi = null, string? NameEn = null, string? Note = null);

/// <summary>Ends a unit: <paramref name="ValidTo"/> is its first day without it.</summary>
public sealed record CloseUnitRequest(DateOnly? ValidTo = null);

/// <summary>A unit merged, and the share of it that passes to the successor (default 1: the whole unit).</summary>
public sealed record MergePart(string? Unit = null, decimal? Share = null);

/// <summary>
/// Merges units into a successor on a date, as the 2025 reform did: the successor is an existing unit
/// (<paramref name="Successor"/>) or a new one (<paramref name="NewSuccessor"/>, in force from the date).
/// </summary>
public sealed record MergeUnitsRequest(
    IReadOnlyList<MergePart>? Predecessors = null, DateOnly? EffectiveOn = null, string? Successor = null, NewUnitRequest? NewSuccessor = null);

/// <summary>What a merge did: the successor and the units it ended, under their ended codes.</summary>
public sealed record MergeResponse(UnitResponse Successor, IReadOnlyList<UnitResponse> Ended);
