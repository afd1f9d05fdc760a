namespace DxMonitor.Bench;

/// <summary>
/// The seam between the harness and a monitoring engine. The runner calls <see cref="Load"/> once, then
/// <see cref="FullRecompute"/> several times, then <see cref="IncrementalAfterOneReport"/> for several reports,
/// and times every call itself with the same stopwatch for every engine. <see cref="ProvinceValue"/> is not
/// timed: the runner reads results through it to check them against PostgreSQL's GROUP BY.
/// </summary>
public interface IEngineUnderTest
{
    /// <summary>The name printed in the results table.</summary>
    string Name { get; }

    /// <summary>
    /// Takes the data set and builds whatever the engine keeps. The engine may keep a reference to
    /// <paramref name="data"/>: it stands for the database, and reports arrive in it (see
    /// <see cref="IncrementalAfterOneReport"/>).
    /// </summary>
    void Load(BenchData data);

    /// <summary>
    /// Recomputes every result from the loaded values. At least: for every province, commune-level indicator
    /// and quarter, the roll-up of the province's communes by the indicator's rule (see <see cref="BenchData"/>).
    /// </summary>
    void FullRecompute();

    /// <summary>
    /// A commune's report for a quarter was accepted: the runner has just written its new values into
    /// <c>data.Values</c> at the rows <c>data.ReportRows(unitIndex, periodIndex)</c>. Bring every result they
    /// affect up to date (rates weighted by a changed indicator included). Called after <see cref="FullRecompute"/>.
    /// </summary>
    void IncrementalAfterOneReport(int unitIndex, int periodIndex);

    /// <summary>
    /// The current roll-up of a province's communes for an indicator and quarter, or null when there is none
    /// (no commune reported it, or a rate whose weights sum to zero).
    /// </summary>
    double? ProvinceValue(int provinceIndex, int indicatorIndex, int periodIndex);
}
