namespace DxMonitor.Web.Hosting;

/// <summary>
/// Deliberate crashes at named points, for the crash-consistency tests: with <c>Faults:CrashAt</c> set to a point's
/// name (honoured only in the Test environment), the process ends there at once, as kill -9 or a power cut would end
/// it: no finally blocks, no graceful shutdown.
/// </summary>
public sealed class FaultPoints(IConfiguration configuration, IHostEnvironment environment)
{
    /// <summary>Dossiers are committed; the figures derived from them are not yet written.</summary>
    public const string DossiersCommitted = "dossiers.committed";

    /// <summary>An import's values and their audit are written in its transaction, not yet committed.</summary>
    public const string ImportWritten = "import.written";

    /// <summary>An import's values are committed; the engines have not been told.</summary>
    public const string ImportCommitted = "import.committed";

    private readonly string? _crashAt = environment.IsEnvironment("Test") ? configuration["Faults:CrashAt"] : null;

    public void Reach(string point)
    {
        if (string.Equals(_crashAt, point, StringComparison.Ordinal))
        {
            Environment.FailFast($"DxMonitor: fault point '{point}' reached (Faults:CrashAt).");
        }
    }
}
