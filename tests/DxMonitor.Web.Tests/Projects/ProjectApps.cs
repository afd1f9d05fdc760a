using System.Collections.Concurrent;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Projects;

/// <summary>One started app per provider for a test class, storing documents in its own temporary folder.</summary>
public sealed class ProjectApps : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestApp>>> _apps = new();

    public DirectoryInfo Documents { get; } = Directory.CreateTempSubdirectory("dxmonitor-documents-");

    public Task<TestApp> GetAsync(DatabaseProvider provider) => _apps.GetOrAdd(provider, p => new Lazy<Task<TestApp>>(() => TestApp.StartAsync(p,
        new Dictionary<string, string>
        {
            ["Projects:DocumentFolder"] = Path.Combine(Documents.FullName, p.ToString()),
            ["Projects:MaxDocumentBytes"] = "40000",
        }))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await (await app.Value).DisposeAsync();
        }
        Documents.Delete(recursive: true);
    }
}
