using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// Accepts or publishes many reports of a round at once, for the analyst who reviewed them on the round's page. Each
/// report is its own act, exactly as accepting or publishing it alone (checks, transaction, audit, engines), in its
/// own unit of work: one report that cannot be accepted is named with the reason and does not stop the others.
/// </summary>
public static class BulkReview
{
    public const int MostReports = 200;

    /// <param name="body">The units whose reports to accept, and an optional acceptance note given to each.</param>
    internal static Task<Results<Ok<BulkReviewResult>, ProblemHttpResult>> Accept(
        string round, BulkReviewRequest body, ClaimsPrincipal user, IServiceScopeFactory scopes, CancellationToken ct) =>
        HandleAsync(round, body, user, scopes, (services, unit) => ReportingApi.Accept(round, unit,
            string.IsNullOrWhiteSpace(body.Note) ? null : new Remark(body.Note), user, services.GetRequiredService<DxDbContext>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ReportChannel>(), ct), ct);

    /// <param name="body">The units whose accepted reports to publish.</param>
    internal static Task<Results<Ok<BulkReviewResult>, ProblemHttpResult>> Publish(
        string round, BulkReviewRequest body, ClaimsPrincipal user, IServiceScopeFactory scopes, CancellationToken ct) =>
        HandleAsync(round, body, user, scopes, (services, unit) => ReportingApi.Publish(round, unit, user, services.GetRequiredService<DxDbContext>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ReportChannel>(), ct), ct);

    private static async Task<Results<Ok<BulkReviewResult>, ProblemHttpResult>> HandleAsync(string round, BulkReviewRequest body, ClaimsPrincipal user,
        IServiceScopeFactory scopes, Func<IServiceProvider, string, Task<Results<Ok<ReportForm>, ProblemHttpResult>>> act, CancellationToken ct)
    {
        var units = body.Units?.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (units.Count is 0 or > MostReports)
        {
            throw new RuleViolationException(ReportingText.Texts.Format("BulkUnits", MostReports), "units");
        }
        var done = new List<string>();
        var refused = new List<BulkRefusal>();
        foreach (var unit in units)
        {
            // A fresh unit of work per report: a refused one leaves nothing behind for the next to save.
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                var result = await act(scope.ServiceProvider, unit);
                if (result.Result is ProblemHttpResult problem)
                {
                    refused.Add(new(unit, problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? ""));
                }
                else
                {
                    done.Add(unit);
                }
            }
            catch (RuleViolationException e)
            {
                refused.Add(new(unit, e.Message));
            }
        }
        return TypedResults.Ok(new BulkReviewResult(round, done, refused));
    }
}

/// <summary>Reports of a round named by their units' codes (at most 200), with an optional acceptance note.</summary>
public sealed record BulkReviewRequest(IReadOnlyList<string>? Units = null, string? Note = null);

/// <summary>What a bulk review did: the units whose reports were accepted (or published), and those refused with the reason.</summary>
public sealed record BulkReviewResult(string Round, IReadOnlyList<string> Done, IReadOnlyList<BulkRefusal> Refused);

public sealed record BulkRefusal(string Unit, string Reason);
