using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Leases;

/// <summary>This instance's leases on background work (<see cref="LeaseNames"/>), all held under one holder name.</summary>
public sealed class Leases(IServiceScopeFactory scopes, IOptions<LeaseOptions> options, TimeProvider clock, ILogger<BackgroundLease> logger)
{
    private readonly ConcurrentDictionary<string, BackgroundLease> _leases = new(StringComparer.Ordinal);

    /// <summary>This instance as lease rows name it: host, process and a random part (a restarted process is another holder).</summary>
    public string Holder { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");

    public BackgroundLease Get(string name) => _leases.GetOrAdd(name, n => new BackgroundLease(n, Holder, scopes, options, clock, logger));

    /// <summary>The leases this instance holds now, by name.</summary>
    public IReadOnlyList<string> Held => [.. _leases.Values.Where(l => l.IsHeld).Select(l => l.Name).Order(StringComparer.Ordinal)];
}
