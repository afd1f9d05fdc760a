namespace DxMonitor.Evaluator.Tests.Fixtures;

/// <summary>
/// The evaluator as the tests run it: short limits, the test root trusted, Chromium only when asked for, and loopback
/// allowed, since the fixture portals are on 127.0.0.1 (the address tests set their own allow-list).
/// </summary>
public static class TestEvaluator
{
    public static EvaluatorOptions Options(bool browser = false) => new()
    {
        UseBrowser = browser,
        ChromiumPath = Environment.GetEnvironmentVariable("DXMONITOR_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
        RequestTimeout = TimeSpan.FromSeconds(3),
        PortalTimeLimit = TimeSpan.FromSeconds(40),
        BrowserTimeout = TimeSpan.FromSeconds(20),
        Probes = 3,
        // The test machine is shared and busy: only a fixture that is slow on purpose may count as slow.
        SlowFirstByte = TimeSpan.FromMilliseconds(1200),
        MaxBodyBytes = 1_000_000,
        TrustedRootFiles = [Certificates.RootPemFile],
        AllowedNetworks = ["127.0.0.0/8"],
        // Loads on the machine's own speed: the throttled profile has its own test.
        Throttling = BrowserThrottling.None,
    };

    public static PortalEvaluator Create(bool browser = false, Action<EvaluatorOptions>? configure = null)
    {
        var options = Options(browser);
        configure?.Invoke(options);
        return new PortalEvaluator(options, TimeProvider.System);
    }
}
