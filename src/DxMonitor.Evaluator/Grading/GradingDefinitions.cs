namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// The built-in grading definitions. The default is the ministry's: Decision 473/QĐ-BTTTT (2024) grades the
/// administrative-procedure information systems on six groups (functions 50, structure and layout 5, performance 20,
/// information security 15, ease of access to information 5, connection to the EMC measurement system 5) and bands
/// A 90–100, B 80–89, C 65–79, D 50–64, E below 50. "dxmonitor/2025" is the product's scheme before it, kept so past
/// scores can be recomputed and compared.
/// </summary>
public static class GradingDefinitions
{
    public const string Official = "mic-473/2024";

    /// <summary>
    /// Held grades shared by both schemes: no HTTPS, a certificate browsers warn about, or most security headers
    /// missing is not an A, nor is half the links broken; a portal that offers none of the transactional services is at
    /// best a C.
    /// </summary>
    private static List<GradeCeiling> Ceilings() =>
    [
        new() { Code = "no-https", Highest = "B" },
        new() { Code = "handshake-failed", Highest = "B" },
        new() { Code = "certificate-expired", Highest = "B" },
        new() { Code = "certificate-not-yet-valid", Highest = "B" },
        new() { Code = "hostname-mismatch", Highest = "B" },
        new() { Code = "chain-untrusted", Highest = "B" },
        new() { Code = "headers-mostly-missing", Highest = "B" },
        new() { Code = "links-half-broken", Highest = "B" },
        new() { Code = "no-citizen-service", Highest = "C" },
    ];

    public static GradingDefinition Mic473Of2024() => new()
    {
        Code = "mic-473",
        Year = 2024,
        Source = "Quyết định 473/QĐ-BTTTT năm 2024; chức năng theo Thông tư 21/2023/TT-BTTTT",
        Groups =
        [
            Group("functions", 50, ("services", 1)),
            Group("structure", 5, ("layout", 1)),
            Group("performance", 20, ("availability", 0.5), ("performance", 0.5)),
            Group("security", 15, ("tls", 0.5), ("headers", 0.5)),
            Group("access", 5, ("accessibility", 0.6), ("links", 0.4)),
            Group("emc", 5, ("emc", 1)),
        ],
        Bands = new(StringComparer.OrdinalIgnoreCase) { ["A"] = 90, ["B"] = 80, ["C"] = 65, ["D"] = 50, ["E"] = 0 },
        Ceilings = Ceilings(),
    };

    public static GradingDefinition DxMonitorOf2025() => new()
    {
        Code = "dxmonitor",
        Year = 2025,
        Source = "DxMonitor",
        Groups =
        [
            Group("availability", 20, ("availability", 1)),
            Group("tls", 15, ("tls", 1)),
            Group("headers", 10, ("headers", 1)),
            Group("quality", 10, ("performance", 0.7), ("layout", 0.3)),
            Group("links", 5, ("links", 1)),
            Group("accessibility", 15, ("accessibility", 1)),
            Group("features", 25, ("services", 1)),
        ],
        Bands = new(StringComparer.OrdinalIgnoreCase) { ["A"] = 90, ["B"] = 75, ["C"] = 60, ["D"] = 40, ["E"] = 0 },
        Ceilings = Ceilings(),
    };

    public static IReadOnlyList<GradingDefinition> BuiltIn() => [Mic473Of2024(), DxMonitorOf2025()];

    /// <summary>
    /// The definition named "code/year" (or just "code": its latest year) among the configured and built-in ones, the
    /// highest version of that year; configured ones win over built-in ones of the same version.
    /// </summary>
    public static GradingDefinition? Find(string key, IEnumerable<GradingDefinition> configured)
    {
        var parts = key.Split('/', 2);
        var year = parts.Length == 2 && int.TryParse(parts[1], out var y) ? y : (int?)null;
        return configured.Select((d, i) => (Definition: d, Rank: 1)).Concat(BuiltIn().Select(d => (Definition: d, Rank: 0)))
            .Where(c => c.Definition.Code.Equals(parts[0], StringComparison.OrdinalIgnoreCase) && (year is null || c.Definition.Year == year))
            .OrderByDescending(c => c.Definition.Year).ThenByDescending(c => c.Definition.Version).ThenByDescending(c => c.Rank)
            .Select(c => c.Definition).FirstOrDefault();
    }

    private static GradingGroup Group(string id, double points, params (string Check, double Share)[] checks) => new()
    {
        Id = id,
        Points = points,
        Checks = checks.ToDictionary(c => c.Check, c => c.Share, StringComparer.OrdinalIgnoreCase),
    };
}
