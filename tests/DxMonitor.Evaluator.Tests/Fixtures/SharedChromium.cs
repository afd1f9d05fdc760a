namespace DxMonitor.Evaluator.Tests.Fixtures;

/// <summary>One evaluator with headless Chromium for a whole test class: the browser starts once, each portal gets a fresh context.</summary>
public sealed class SharedChromium : IAsyncLifetime
{
    public PortalEvaluator Evaluator { get; } = TestEvaluator.Create(browser: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Evaluator.DisposeAsync();
}
