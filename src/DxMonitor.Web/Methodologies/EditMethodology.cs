using DxMonitor.Data;
using DxMonitor.Web.Monitoring;

namespace DxMonitor.Web.Methodologies;

/// <summary>
/// Replaces a version's structure: a draft always; an adopted version only while no published ranking uses it (then the
/// engines of every instance rank with the edit at once); a superseded one never.
/// </summary>
public static class EditMethodology
{
    public static async Task<MethodologyOutcome> SaveAsync(
        DxDbContext db, ReportChannel engines, string index, int year, int? version, MethodologyRequest request, string by, TimeProvider clock, CancellationToken ct)
    {
        if (await MethodologyQueries.FindAsync(db, index, year, version, ct) is not { } methodology)
        {
            return MethodologyOutcome.NotFound;
        }
        if (await MethodologyQueries.EditBlockedAsync(db, methodology, ct) is { } reason)
        {
            return new(null, Refused: reason);
        }
        var definition = request.ToDefinition(index, methodology.Definition.PeerLevel);
        var errors = await MethodologyChecks.CheckAsync(db, definition, ct);
        if (errors.Count > 0)
        {
            return new(null, errors);
        }
        methodology.Replace(definition, by, clock.GetUtcNow().UtcDateTime);
        if (request.Source is { } source)
        {
            methodology.Source = source.Trim();
        }
        await db.SaveChangesAsync(ct);
        if (methodology.Status == Domain.DxIndex.MethodologyStatus.Adopted)
        {
            await engines.PostAsync(ValuesChanged.MethodologiesChanged, CancellationToken.None);
        }
        return new(methodology);
    }
}
