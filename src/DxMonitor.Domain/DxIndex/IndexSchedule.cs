namespace DxMonitor.Domain.DxIndex;

/// <summary>An adopted methodology version as the engine uses it: in force from its year until the next adopted year.</summary>
public sealed record AdoptedMethodology(int Year, int Id, int Version, string Hash, IndexDefinition Definition);

/// <summary>
/// An index's adopted methodologies by year. A year is ranked with the methodology adopted for it or, when that year
/// has none yet, with the latest adopted for an earlier year (the methodology stays in force until a new one is
/// adopted, as the official DTI's does); before the first adopted year there is no ranking.
/// </summary>
public sealed record IndexSchedule(string Code, IReadOnlyList<AdoptedMethodology> Years)
{
    /// <summary>One definition in force every year: for tests, benchmarks and callers without versions.</summary>
    public static IndexSchedule Always(IndexDefinition definition) =>
        new(definition.Code, [new AdoptedMethodology(int.MinValue, 0, 1, "", definition)]);

    public AdoptedMethodology? For(int year) => Years.Where(y => y.Year <= year).MaxBy(y => y.Year);

    /// <summary>The definition in force last: its names and peer level describe the index.</summary>
    public IndexDefinition Latest => Years.MaxBy(y => y.Year)!.Definition;

    public bool Reads(IReadOnlySet<string> indicators) =>
        Years.Any(y => y.Definition.Indicators.Any(indicators.Contains));
}
