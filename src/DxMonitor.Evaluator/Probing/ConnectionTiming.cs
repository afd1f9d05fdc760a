namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// One timed request, phase by phase, each measured from the start; a phase the request never reached is null.
/// <see cref="Error"/> says why it stopped early.
/// </summary>
public sealed record ConnectionTiming(
    TimeSpan? Dns,
    TimeSpan? Connect,
    TimeSpan? Tls,
    TimeSpan? FirstByte,
    TimeSpan? Total,
    int? Status,
    string? Error)
{
    public bool Succeeded => Error is null && Status is >= 200 and < 400;
}
