using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Units;

/// <summary>
/// An administrator adds, renames, closes and merges units (ADR 027). Each change is checked first (nothing is
/// written when a check fails), written in one transaction with its audit rows, and then announced to the engines
/// of every instance (<see cref="ValuesChanged.ReferenceData"/>), which reload their unit hierarchy.
/// </summary>
public sealed class ChangeUnits(DxDbContext db, IAuditContext audit, ReportChannel engines, TimeProvider clock)
{
    public async Task<OrgUnit> AddAsync(NewUnitRequest request, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var unit = UnitRules.NewUnit(request, UnitRules.Date(request.ValidFrom, "validFrom"), units, new HashSet<string>(), "");
        db.Units.Add(unit);
        await SaveAsync([(unit, "Added", null)], ct);
        return unit;
    }

    public async Task<OrgUnit> RenameAsync(string code, RenameUnitRequest request, CancellationToken ct)
    {
        var unit = await TrackedAsync(code, "code", ct);
        var before = Snapshot(unit);
        (unit.NameVi, unit.NameEn) = (UnitRules.Name(request.NameVi, "nameVi"), UnitRules.Name(request.NameEn, "nameEn"));
        if (request.Note is not null)
        {
            unit.Note = UnitRules.Note(request.Note, "note");
        }
        await SaveAsync([(unit, "Renamed", before)], ct);
        return unit;
    }

    public async Task<OrgUnit> CloseAsync(string code, CloseUnitRequest request, CancellationToken ct)
    {
        var on = UnitRules.Date(request.ValidTo, "validTo");
        var units = await UnitDirectory.LoadAsync(db, ct);
        var unit = await TrackedAsync(code, "code", ct);
        UnitRules.CanEnd(unit, on, units, "validTo");
        var before = Snapshot(unit);
        unit.End(on, units.ByCode.ContainsKey);
        await SaveAsync([(unit, "Closed", before)], ct);
        return unit;
    }

    public async Task<(OrgUnit Successor, IReadOnlyList<OrgUnit> Ended)> MergeAsync(MergeUnitsRequest request, CancellationToken ct)
    {
        var on = UnitRules.Date(request.EffectiveOn, "effectiveOn");
        var units = await UnitDirectory.LoadAsync(db, ct);
        var parts = Predecessors(request, on, units);
        var freed = parts.Select(p => p.Unit.Code).ToHashSet(StringComparer.Ordinal);
        var successor = Successor(request, on, units, freed);
        foreach (var (unit, _, field) in parts)
        {
            if (unit.Level != successor.Level)
            {
                throw new RuleViolationException(UnitsText.Texts.Format("MixedLevels", unit.Code, unit.Level.InWords(), successor.Level.InWords()), field);
            }
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ended = new List<(OrgUnit Unit, string Action, Dictionary<string, object?>? Before)>();
        foreach (var (part, _, _) in parts)
        {
            var tracked = await db.Units.SingleAsync(u => u.Id == part.Id, ct);
            var before = Snapshot(tracked);
            tracked.End(on, units.ByCode.ContainsKey);
            ended.Add((tracked, "Merged", before));
        }
        await db.SaveChangesAsync(ct); // frees the plain codes before a new successor takes one
        var kept = successor.Id == 0 ? successor : await db.Units.SingleAsync(u => u.Id == successor.Id, ct);
        if (successor.Id == 0)
        {
            db.Units.Add(successor);
            await db.SaveChangesAsync(ct);
        }
        db.UnitSuccessions.AddRange(parts.Select(p => new UnitSuccession
        {
            PredecessorId = p.Unit.Id,
            SuccessorId = kept.Id,
            EffectiveOn = on,
            Share = p.Share,
        }));
        var changes = ended.Select(e => (e.Unit, e.Action, e.Before, (object?)new { successor = kept.Code, effectiveOn = on }))
            .Append((kept, request.NewSuccessor is null ? "Succeeded" : "Added", null, new { predecessors = ended.Select(e => e.Unit.Code).ToList() }));
        db.RecordChanges.AddRange(changes.Select(c => Audit(c.Item1, c.Item2, c.Item3, c.Item4)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await engines.PostAsync(ValuesChanged.ReferenceData, CancellationToken.None);
        return (kept, [.. ended.Select(e => e.Unit)]);
    }

    private static List<(OrgUnit Unit, decimal Share, string Field)> Predecessors(MergeUnitsRequest request, DateOnly on, UnitDirectory units)
    {
        if (request.Predecessors is not { Count: > 0 } requested)
        {
            throw new RuleViolationException(UnitsText.Texts.Format("PredecessorsRequired"), "predecessors");
        }
        var parts = new List<(OrgUnit Unit, decimal Share, string Field)>();
        for (var i = 0; i < requested.Count; i++)
        {
            var field = $"predecessors[{i}].unit";
            var unit = units.Require(requested[i].Unit?.Trim() ?? "", field);
            if (parts.Any(p => p.Unit.Id == unit.Id))
            {
                throw new RuleViolationException(UnitsText.Texts.Format("PredecessorTwice", unit.Code), field);
            }
            var share = requested[i].Share ?? 1m;
            if (share is <= 0m or > 1m)
            {
                throw new RuleViolationException(UnitsText.Texts.Format("ShareRange"), $"predecessors[{i}].share");
            }
            UnitRules.CanEnd(unit, on, units, field);
            parts.Add((unit, share, field));
        }
        return parts;
    }

    private static OrgUnit Successor(MergeUnitsRequest request, DateOnly on, UnitDirectory units, HashSet<string> freed)
    {
        if (request.NewSuccessor is { } created)
        {
            return UnitRules.NewUnit(created, on, units, freed, "newSuccessor.");
        }
        if (string.IsNullOrWhiteSpace(request.Successor))
        {
            throw new RuleViolationException(UnitsText.Texts.Format("SuccessorRequired"), "successor");
        }
        var existing = units.Require(request.Successor.Trim(), "successor");
        if (freed.Contains(existing.Code))
        {
            throw new RuleViolationException(UnitsText.Texts.Format("SuccessorIsPredecessor", existing.Code), "successor");
        }
        return existing.IsValidOn(on) ? existing : throw new RuleViolationException(UnitsText.Texts.Format("SuccessorNotValid", existing.Code, on), "successor");
    }

    /// <summary>The unit to change; the API answers 404 for an unknown code before calling here.</summary>
    private async Task<OrgUnit> TrackedAsync(string code, string field, CancellationToken ct) =>
        await db.Units.SingleOrDefaultAsync(u => u.Code == code, ct)
            ?? throw new RuleViolationException(ApiText.Texts.Format("UnitNotFound", code), field);

    private async Task SaveAsync(IReadOnlyList<(OrgUnit Unit, string Action, Dictionary<string, object?>? Before)> changes, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct); // an added unit gets its id, which its audit row names
        db.RecordChanges.AddRange(changes.Select(c => Audit(c.Unit, c.Action, c.Before, null)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await engines.PostAsync(ValuesChanged.ReferenceData, CancellationToken.None);
    }

    private static Dictionary<string, object?> Snapshot(OrgUnit u) => new()
    {
        ["Code"] = u.Code,
        ["NameVi"] = u.NameVi,
        ["NameEn"] = u.NameEn,
        ["ValidFrom"] = u.ValidFrom,
        ["ValidTo"] = u.ValidTo,
        ["Note"] = u.Note,
    };

    private RecordChange Audit(OrgUnit unit, string action, Dictionary<string, object?>? before, object? extra)
    {
        var after = Snapshot(unit);
        after["Level"] = unit.Level;
        if (extra is not null)
        {
            after["Change"] = extra;
        }
        return new RecordChange
        {
            Subject = $"unit/{unit.Id}",
            Action = action,
            OldValues = before is null ? null : JsonSerializer.Serialize(before, AuditJson.Options),
            NewValues = JsonSerializer.Serialize(after, AuditJson.Options),
            ChangedBy = audit.ActorName,
            ChangedAt = clock.GetUtcNow().UtcDateTime,
            ClientAddress = audit.ClientAddress,
        };
    }
}
