using DxMonitor.Data;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// The responsible unit explains a late dossier (reason, remedy). Each explanation is a new row with who and
/// when, so earlier ones stay as the audit trail; only a dossier that is late (or open past due) can be explained.
/// </summary>
public static class ExplainDossier
{
    public abstract record Outcome;
    public sealed record NotFound : Outcome;
    public sealed record Forbidden(string Unit) : Outcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;
    public sealed record Done(ExplanationResponse Explanation) : Outcome;

    public static async Task<Outcome> ExecuteAsync(
        string unitCode, string dossierId, string? reason, string? remedy, DossierAccess access, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!access.Units.ByCode.TryGetValue(unitCode, out var unit) || !access.CanRead(unit))
        {
            return new NotFound();
        }
        if (!access.CanSend(unit))
        {
            return new Forbidden(unit.Code);
        }
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.UnitId == unit.Id && d.Number == dossierId, ct);
        if (dossier is null)
        {
            return new NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var problems = DossierExplanation.Check(reason, remedy).ToList();
        if (DossierTiming.DaysOverdue(dossier, now) == 0)
        {
            problems.Add(new("dossierId", DossiersText.Texts.Format("NotLate", dossierId)));
        }
        if (problems.Count > 0)
        {
            return new Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        var explanation = new DossierExplanation
        {
            UnitId = unit.Id,
            DossierNumber = dossier.Number,
            Reason = (reason ?? "").Trim(),
            Remedy = (remedy ?? "").Trim(),
            ExplainedBy = access.Actor.Name,
            ExplainedAt = now,
        };
        db.DossierExplanations.Add(explanation);
        await db.SaveChangesAsync(ct);
        return new Done(new(unit.Code, dossier.Number, explanation.Reason, explanation.Remedy, explanation.ExplainedBy, now));
    }
}
