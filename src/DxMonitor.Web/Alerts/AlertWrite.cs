using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Monitoring;

namespace DxMonitor.Web.Alerts;

/// <summary>How a watcher writes its alerts: through the store, with the lifecycle's timing, under its lease (none in tests).</summary>
public sealed record AlertWrite(AlertStore Store, AlertPolicy Policy, BackgroundLease? Lease = null);
