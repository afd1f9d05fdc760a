using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>Which product process holds which lease, read from the lease rows (holders are named host/pid/random).</summary>
public static class ClusterLeases
{
    public static async Task<bool> HoldsAsync(TestDatabase database, ProductProcess product, params string[] leases)
    {
        await using var db = database.CreateContext();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var marker = $"/{product.ProcessId}/";
        var held = await db.Leases.AsNoTracking().Where(l => leases.Contains(l.Name) && l.Holder.Contains(marker) && l.ExpiresAt > now).CountAsync();
        return held == leases.Length;
    }
}
