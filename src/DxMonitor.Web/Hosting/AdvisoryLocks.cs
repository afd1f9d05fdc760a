namespace DxMonitor.Web.Hosting;

/// <summary>
/// The keys of the PostgreSQL advisory locks DxMonitor takes (one 64-bit space per database), named in one place so
/// that no two uses collide. Each starts with "DXM" (0x44584D).
/// </summary>
internal static class AdvisoryLocks
{
    /// <summary>Held by the one instance migrating, seeding and creating the first administrator (session lock).</summary>
    public const long FirstStart = 0x44584D00_00000001;

    /// <summary>Held by a change-log append until it commits, so that rows become visible in the order of their ids.</summary>
    public const long ChangeLogAppend = 0x44584D00_00000002;
}
