using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>The finding of a check that needs the home page when the portal did not give it: the check scores zero.</summary>
public static class Unreachable
{
    public static bool HomeFailed(PortalSnapshot snapshot) => snapshot.Home is not { Ok: true };

    public static CheckResult Result(string checkId, PortalSnapshot snapshot) => CheckResult.Of(checkId,
    [
        new Finding("not-measurable", "Not measurable: the home page did not load (" + Reason(snapshot) + ")", 1,
            new Evidence(Url: snapshot.Url.ToString()), [Reason(snapshot)]),
    ]);

    public static string Reason(PortalSnapshot snapshot) => snapshot.Home switch
    {
        null => Phrase.Of(snapshot.TimedOut ? "time-limit" : "not-fetched").ToString(),
        { Error: { } error } => error,
        { Status: { } status } => "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Phrase.Of("no-response").ToString(),
    };
}
