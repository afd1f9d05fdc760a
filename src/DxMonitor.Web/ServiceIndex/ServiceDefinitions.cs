using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.ServiceIndex;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.ServiceIndex;

/// <summary>
/// The index's definition versions: the seeded one (Decision 766's groups) and those administrators store, each
/// checked whole before it is kept, and audited (who, when, the JSON before and after).
/// </summary>
public static class ServiceDefinitions
{
    internal static async Task<Ok<List<ServiceDefinitionResponse>>> List(DxDbContext db, CancellationToken ct)
    {
        var stored = await db.ServiceIndexVersions.AsNoTracking().ToListAsync(ct);
        var versions = new ServiceIndexVersions(stored.Select(v => v.Definition));
        return TypedResults.Ok(versions.All.Select(d => new ServiceDefinitionResponse(d.Version, d.ValidFrom, d.Version == Decision766.Version, d)).ToList());
    }

    internal static async Task<Results<Ok<ServiceDefinitionResponse>, Created<ServiceDefinitionResponse>, ProblemHttpResult>> Save(
        string version, ServiceIndexDefinition body, DxDbContext db, CancellationToken ct)
    {
        if (!string.Equals(version, body.Version, StringComparison.Ordinal))
        {
            throw new RuleViolationException(ServiceIndexApiText.Texts.Format("VersionMismatch", version, body.Version), "version");
        }
        if (version == Decision766.Version)
        {
            throw new RuleViolationException(ServiceIndexApiText.Texts.Format("SeededVersion", version), "version");
        }
        var problems = body.Problems();
        if (problems.Count > 0)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()))
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = ServiceIndexApiText.Texts.Format("InvalidDefinitionTitle"),
            });
        }
        var stored = await db.ServiceIndexVersions.FindAsync([version], ct);
        var response = new ServiceDefinitionResponse(body.Version, body.ValidFrom, false, body);
        if (stored is null)
        {
            db.ServiceIndexVersions.Add(ServiceIndexVersion.Of(body));
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/v1/service-index/definitions/{Uri.EscapeDataString(version)}", response);
        }
        stored.Replace(body);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(response);
    }
}
