using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Rankings;

namespace DxMonitor.Web.Methodologies;

/// <summary>
/// The ranking a version would give its year, computed on the working view's figures as they stand, before anyone
/// adopts it: nothing is stored and the engines' rankings do not change.
/// </summary>
public static class PreviewMethodology
{
    public static async Task<RankingResponse?> PreviewAsync(
        DxDbContext db, MonitoringState state, string index, int year, int? version, TimeProvider clock, CancellationToken ct)
    {
        if (await MethodologyQueries.FindAsync(db, index, year, version, ct) is not { } methodology)
        {
            return null;
        }
        await state.Ready.WaitAsync(ct);
        var today = VietnamCalendar.Today(clock);
        var adopted = methodology.ToAdopted();
        return state.Read(DataView.Working, s =>
        {
            var computed = MonitoringPass.ComputeIndexYear(s.Engine, adopted.Definition, year, today) is { } y ? y with { Methodology = adopted } : null;
            var before = s.Result.Indexes.FirstOrDefault(i => i.Index == index && i.Year == year - 1);
            return computed is null ? null : RankingQueries.Build(s, computed, before, isPublic: false, published: false);
        });
    }
}
