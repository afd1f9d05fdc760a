using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Api;

/// <summary>One app for the contract tests, and its OpenAPI document fetched once.</summary>
public sealed class ApiDocumentFixture : IAsyncLifetime
{
    public const string Collection = "API contract";

    private TestApp? _app;

    public TestApp App => _app ?? throw new InvalidOperationException("The fixture is not started.");

    public string Document { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        Document = await _app.Client().GetStringAsync("/openapi/v1.json");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(ApiDocumentFixture.Collection)]
public sealed class ApiContractTestGroup : ICollectionFixture<ApiDocumentFixture>;
