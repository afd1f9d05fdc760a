using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Domain.Tests.Dossiers;

/// <summary>
/// The hand-checked data set: eight dossiers of two provinces under the nation, now = 2025-06-15 10:00 in Vietnam.
/// Expected figures are worked out by hand in DossierFiguresTests.
/// </summary>
public static class SampleDossiers
{
    public const int Nation = 1;
    public const int HaNoi = 10;
    public const int Other = 20;

    public static readonly DateTime Now = new(2025, 6, 15, 3, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyDictionary<int, int?> Parents { get; } = new Dictionary<int, int?> { [Nation] = null, [HaNoi] = Nation, [Other] = Nation };

    /// <summary>Rows as a file would carry them: id, unit, channel, scope, received, due, finished, status, paid, digitised.</summary>
    public static IReadOnlyList<DossierFields> Fields { get; } =
    [
        // A: finished exactly at its due time: on time.
        Row("A", "P01", "online", "full", "2025-03-10T09:00:00+07:00", "2025-03-15T17:00:00+07:00", "2025-03-15T17:00:00+07:00", "finished", "true", "true"),
        // B: received at 00:00 on 1 April in Vietnam (17:00Z on 31 March): April. No due date: never late.
        Row("B", "P01", "in_person", "", "2025-03-31T17:00:00Z", "", "2025-05-20 10:00", "finished", "false", ""),
        // C: received one second earlier, 23:59:59 on 31 March in Vietnam: March. Resolved 1 day 15 hours late.
        Row("C", "P01", "online", "partial", "2025-03-31T16:59:59Z", "2025-04-05 17:00", "2025-04-07 08:00", "finished", "", "false"),
        // D: open, due 10 May: overdue at the end of May and now (36 days).
        Row("D", "P01", "in_person", "", "2025-04-20 08:00", "2025-05-10 17:00", "", "processing", "", ""),
        // E: due 5 May, rejected 2 June: open past due at the end of May, late in June.
        Row("E", "P01", "online", "full", "2025-05-02 08:00", "2025-05-05 17:00", "2025-06-02 09:00", "rejected", "", ""),
        // F: by post, no due date, open: never overdue.
        Row("F", "P01", "post", "", "2025-06-10 08:00", "", "", "received", "", ""),
        // G: due later this month: not (yet) overdue.
        Row("G", "P01", "in_person", "", "2025-06-01 08:00", "2025-06-20", "", "processing", "", ""),
        // H: another province (Cao Bằng), local time without offset, withdrawn: received only.
        Row("H", "P04", "online", "full", "2025-04-01 00:00", "2025-04-03 17:00", "2025-04-02 09:00", "withdrawn", "", ""),
    ];

    public static IReadOnlyList<Dossier> All() => [.. Fields.Select(f =>
    {
        var result = DossierParser.Parse(f, Now);
        Assert.Empty(result.Problems);
        var dossier = result.Dossier ?? throw new InvalidOperationException("no dossier");
        dossier.UnitId = result.UnitCode == "P01" ? HaNoi : Other;
        return dossier;
    })];

    private static DossierFields Row(string id, string unit, string channel, string scope, string received, string due, string finished,
        string status, string paid, string digitised) =>
        new(id, unit, "1.001234", channel, scope, received, due, finished, status, paid, digitised);
}
