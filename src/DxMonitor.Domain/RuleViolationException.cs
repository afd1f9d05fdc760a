namespace DxMonitor.Domain;

/// <summary>A domain rule was broken; <see cref="Field"/> names the input that broke it, where one did.</summary>
public sealed class RuleViolationException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
