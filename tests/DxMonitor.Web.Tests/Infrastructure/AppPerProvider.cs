using System.Collections.Concurrent;
using DxMonitor.Data;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>A class fixture holding one started app per provider, created on first use, for one test class.</summary>
public sealed class AppPerProvider : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestApp>>> _apps = new();

    public Task<TestApp> GetAsync(DatabaseProvider provider) =>
        _apps.GetOrAdd(provider, p => new Lazy<Task<TestApp>>(() => TestApp.StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}
