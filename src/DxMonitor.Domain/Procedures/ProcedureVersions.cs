using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Procedures;

/// <summary>
/// The versions of one procedure of one unit, kept as a chain: each lasts until the next one's date; the last lasts
/// until the procedure is retired, or for ever.
/// </summary>
public static class ProcedureVersions
{
    /// <summary>
    /// Publishes <paramref name="terms"/> from <paramref name="from"/>: the version of that date is changed, or a new one
    /// is made (by <paramref name="create"/>) and the chain closed around it. Answers the version written.
    /// </summary>
    public static Procedure Publish(List<Procedure> versions, ProcedureTerms terms, DateOnly from, Func<Procedure> create)
    {
        if (versions.Find(v => v.ValidFrom == from) is { } same)
        {
            same.Apply(terms);
            return same;
        }
        versions.Sort((a, b) => a.ValidFrom.CompareTo(b.ValidFrom));
        var retiredOn = versions.Count > 0 ? versions[^1].ValidTo : null;
        var created = create();
        created.Apply(terms);
        versions.Add(created);
        versions.Sort((a, b) => a.ValidFrom.CompareTo(b.ValidFrom));
        for (var i = 0; i < versions.Count - 1; i++)
        {
            versions[i].ValidTo = versions[i + 1].ValidFrom;
        }
        var last = versions[^1];
        last.ValidTo = retiredOn is { } r && r > last.ValidFrom ? r : null;
        return created;
    }

    /// <summary>Ends the procedure on <paramref name="on"/> (exclusive): no version may start on or after it.</summary>
    public static void Retire(List<Procedure> versions, DateOnly on)
    {
        if (versions.Count == 0)
        {
            throw new InvalidOperationException("A procedure without versions cannot be retired.");
        }
        var last = versions.MaxBy(v => v.ValidFrom)!;
        if (on <= last.ValidFrom)
        {
            throw new RuleViolationException(ProcedureText.Texts.Format("RetireBeforeVersion", on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), last.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "on");
        }
        last.ValidTo = on;
    }
}
