namespace DxMonitor.Domain.Rollups;

/// <summary>The result of combining parts: a value (with a denominator for counts of units) or the reason there is none.</summary>
public sealed record AggregateValue(decimal? Value, decimal? Denominator, int Parts, string? NoValueReason)
{
    public static AggregateValue Of(decimal value, int parts, decimal? denominator = null) => new(value, denominator, parts, null);

    public static AggregateValue None(string reason, int parts = 0) => new(null, null, parts, reason);

    public bool HasValue => Value is not null;
}
