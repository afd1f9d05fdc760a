using DxMonitor.Domain;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Periods;

/// <summary>Reporting periods: parse a code, list a range.</summary>
public static class PeriodsApi
{
    private const int MaxListed = 1200;

    public static void MapPeriods(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/periods").WithTags("Periods");
        group.MapGet("/", List).WithSummary("The periods of one type from one period to another, inclusive.");
        group.MapGet("/{code}", Get).WithSummary("Parses a period code (2024, 2024H1, 2024Q1, 2024M03).");
    }

    /// <param name="code">A period code, or a relative one (LAST_QUARTER, THIS_YEAR…) resolved against today.</param>
    internal static Ok<PeriodResponse> Get(string code, TimeProvider clock) => TypedResults.Ok(PeriodResponse.From(Require.Period(code, "code", clock, Require.SpanEnd.Last)));

    /// <param name="from">First period, e.g. 2024Q1.</param>
    /// <param name="to">Last period, of the same type.</param>
    internal static Ok<IReadOnlyList<PeriodResponse>> List(string from, string to, TimeProvider clock)
    {
        var first = Require.Period(from, "from", clock, Require.SpanEnd.First);
        var last = Require.Period(to, "to", clock, Require.SpanEnd.Last);
        if (first.Type != last.Type)
        {
            throw new RuleViolationException(ApiText.Texts.Format("PeriodTypesDiffer", first.Code, last.Code), "to");
        }
        if (last < first)
        {
            throw new RuleViolationException(ApiText.Texts.Format("PeriodsReversed", last.Code, first.Code), "to");
        }
        var periods = new List<PeriodResponse>();
        for (var p = first; p <= last; p = p.Next())
        {
            if (periods.Count == MaxListed)
            {
                throw new RuleViolationException(ApiText.Texts.Format("TooManyPeriods", MaxListed), "to");
            }
            periods.Add(PeriodResponse.From(p));
            if (p.IsLast)
            {
                break;
            }
        }
        return TypedResults.Ok<IReadOnlyList<PeriodResponse>>(periods);
    }
}
