using System.Security.Claims;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Monitoring;

namespace DxMonitor.Web.Dashboards;

/// <summary>
/// The one place the dashboards, map, unit and public pages get their figures from: the engine's snapshot as the
/// reader may see it. Anonymous readers are the public; every figure they see passes through here, so that what
/// is shown publicly is decided in one method.
/// </summary>
public sealed class DashboardSource(MonitoringState state)
{
    /// <summary>Runs a read against the snapshot this reader may see, once the engine has loaded.</summary>
    public async Task<T> ReadAsync<T>(ClaimsPrincipal? reader, Func<MonitoringSnapshot, T> read) => await ReadAsync(reader.View(), read);

    /// <summary>A read in a given view: a unit's page reads its unit in the view the reader has of it.</summary>
    public async Task<T> ReadAsync<T>(DataView view, Func<MonitoringSnapshot, T> read)
    {
        await state.Ready;
        return state.Read(view, read);
    }

    /// <summary>The view <paramref name="reader"/> has of the unit <paramref name="code"/> (<see cref="Units.ReadScope"/>).</summary>
    public static async Task<DataView> ViewOfAsync(ClaimsPrincipal? reader, string code, DxMonitor.Data.DxDbContext db, CancellationToken ct) =>
        reader is null ? DataView.Published : await Values.ValueQueries.ViewForAsync(reader.ToActor(), code, db, ct);

    /// <summary>The public (not signed in, or with the public role): published figures and rankings only, never alerts or rounds.</summary>
    public static bool IsPublic(ClaimsPrincipal? reader) => reader.View() == DataView.Published;
}
