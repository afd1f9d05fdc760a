namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// Where a finding was seen, so a province knows exactly what to fix: the page, the header, the element or the
/// measured metric. Any part may be absent. <see cref="Element"/> and <see cref="Metric"/> may hold <see cref="Phrase"/>
/// spans for the evaluator's own words; <see cref="ToString"/> renders them in English.
/// </summary>
public sealed record Evidence(string? Url = null, string? Header = null, string? Element = null, string? Metric = null)
{
    public override string ToString() =>
        string.Join("; ", new[] { Url is null ? null : "url: " + Url, Header is null ? null : "header: " + Header,
            Element is null ? null : "element: " + EnglishPhrases.Render(Element), Metric is null ? null : "metric: " + EnglishPhrases.Render(Metric) }.Where(part => part is not null));
}
