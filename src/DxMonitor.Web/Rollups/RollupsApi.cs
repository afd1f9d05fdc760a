using System.Security.Claims;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Rollups;

/// <summary>Roll-ups from the monitoring engine: an indicator for a period across a level's units, as of a date.</summary>
public static class RollupsApi
{
    public static void MapRollups(this IEndpointRouteBuilder api) =>
        api.MapGroup("/rollups").WithTags("Rollups").MapGet("/{indicator}/{period}", Get)
            .WithSummary("An indicator for one period across the units of a level valid on a date, and the parent's total.");

    /// <param name="indicator">Indicator code.</param>
    /// <param name="period">Period code of the indicator's type, e.g. 2024Q1, or a relative one: LAST_QUARTER, THIS_YEAR, SAME_PERIOD_LAST_YEAR…</param>
    /// <param name="level">Level of the units listed (default Province).</param>
    /// <param name="parent">Code of the parent whose children are listed and total shown (default the nation).</param>
    /// <param name="asOf">The hierarchy's date (default today): before 2025-07-01 lists 63 provinces, from then 34.</param>
    /// <param name="group">Code of a unit group: only its members are listed (the total stays the parent's).</param>
    internal static async Task<Results<Ok<RollupResponse>, ProblemHttpResult>> Get(
        string indicator, string period, string? level, string? parent, DateOnly? asOf, string? group,
        ClaimsPrincipal user, MonitoringState state, DxMonitor.Data.DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var members = await Units.UnitGroupQueries.MemberIdsAsync(group, db, ct);
        var parsed = Require.Period(period, "period", clock);
        var levelFilter = Require.Enum<UnitLevel>(level, "level") ?? UnitLevel.Province;
        var date = asOf ?? VietnamCalendar.Today(clock);
        await state.Ready.WaitAsync(ct);
        return state.Read<Results<Ok<RollupResponse>, ProblemHttpResult>>(user.ToActor().View, snapshot =>
        {
            if (snapshot.IndicatorIndex(indicator) is not { } i)
            {
                return Indicators.IndicatorsApi.NotFound(indicator);
            }
            var engine = snapshot.Engine;
            if (engine.Indicators[i].PeriodType != parsed.Type)
            {
                throw new Domain.RuleViolationException(ApiText.Texts.Format("IndicatorPeriodType", indicator,
                    ApiText.Texts.Format($"PeriodType_{engine.Indicators[i].PeriodType}"), ApiText.Texts.Format($"PeriodType_{parsed.Type}")), "period");
            }
            var parentIndex = parent is null
                ? Enumerable.Range(0, engine.Units.Count).First(u => engine.Units.Level[u] == UnitLevel.Nation)
                : Enumerable.Range(0, engine.Units.Count).FirstOrDefault(u => engine.Units.Units[u].Code == parent, -1);
            if (parentIndex < 0)
            {
                return Units.UnitsApi.NotFound(parent!); // parent is non-null when not found
            }
            var units = Enumerable.Range(0, engine.Units.Count)
                .Where(u => engine.Units.Level[u] == levelFilter && engine.Units.IsValidOn(u, date.DayNumber) && IsUnder(engine, u, parentIndex)
                    && (members is null || members.Contains(engine.Units.Units[u].Id)))
                .OrderBy(u => engine.Units.Units[u].AdminCode ?? "~", StringComparer.Ordinal)
                .ThenBy(u => engine.Units.Units[u].Code, StringComparer.Ordinal)
                .Select(u => Cell(engine, i, u, parsed))
                .ToList();
            return TypedResults.Ok(new RollupResponse(indicator, parsed.Code, date, Cell(engine, i, parentIndex, parsed), units,
                units.Count(c => c.Value is not null), units.Count));
        });
    }

    private static bool IsUnder(RollupEngine engine, int unit, int ancestor) =>
        engine.Units.Ancestors(unit).Contains(ancestor);

    private static RollupCell Cell(RollupEngine engine, int indicator, int unit, Period period)
    {
        var cell = engine.Resolve(indicator, unit, period);
        var u = engine.Units.Units[unit];
        return new RollupCell(u.Code, u.NameVi, u.NameEn, u.Level, cell.HasValue ? cell.Value : null,
            double.IsNaN(cell.Denominator) ? null : cell.Denominator, cell.Source);
    }
}
