using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>Two product processes, A and B, on one PostgreSQL database, as behind a load balancer; shared by the <see cref="OnTwoInstances"/>.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private TestDatabase? _database;

    public ProductProcess A { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public ProductProcess B { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var a = ProductProcess.StartAsync(_database);
        var b = ProductProcess.StartAsync(_database);
        await Task.WhenAll(a, b);
        (A, B) = (await a, await b);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in new[] { A, B }.Where(i => i is not null))
        {
            await instance.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>The tests that share one pair of instances (starting processes is what takes time).</summary>
[CollectionDefinition(Name)]
public sealed class OnTwoInstances : ICollectionFixture<TwoInstances>
{
    public const string Name = "Two instances";
}
