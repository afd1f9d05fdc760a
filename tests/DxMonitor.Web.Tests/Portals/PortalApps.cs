using System.Collections.Concurrent;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Portals;

/// <summary>
/// One app per provider with the evaluator set for fixture portals: no browser (the evaluator's own tests cover
/// Chromium), one probe, short timeouts, the scheduler off so that only the test starts evaluations, and loopback
/// allowed, since the fixture portals are on 127.0.0.1.
/// </summary>
public class PortalApps : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Evaluator:UseBrowser"] = "false",
        ["Evaluator:Probes"] = "1",
        ["Evaluator:CrawlBudget"] = "3",
        ["Evaluator:RequestTimeout"] = "00:00:03",
        ["Evaluator:SlowFirstByte"] = "00:00:05",
        ["Evaluator:VerySlowFirstByte"] = "00:00:05",
        ["Portals:ScheduleEnabled"] = "false",
        // The fixture portals are on 127.0.0.1, which the evaluator refuses unless an administrator allows it.
        ["Evaluator:AllowedNetworks:0"] = "127.0.0.0/8",
    };

    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestApp>>> _apps = new();
    private readonly IReadOnlyDictionary<string, string> _settings;

    public PortalApps()
        : this(Settings)
    {
    }

    protected PortalApps(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    public Task<TestApp> GetAsync(DatabaseProvider provider) =>
        _apps.GetOrAdd(provider, p => new Lazy<Task<TestApp>>(() => TestApp.StartAsync(p, _settings))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}
