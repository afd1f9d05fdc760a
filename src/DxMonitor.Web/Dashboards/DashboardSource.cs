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
    public async Task<T> ReadAsync<T>(ClaimsPrincipal? reader, Func<MonitoringSnapshot, T> read)
    {
        await state.Ready;
        return state.Read(reader.View(), read);
    }

    /// <summary>The public (not signed in, or with the public role): published figures and rankings only, never alerts or rounds.</summary>
    public static bool IsPublic(ClaimsPrincipal? reader) => reader.View() == DataView.Published;
}
