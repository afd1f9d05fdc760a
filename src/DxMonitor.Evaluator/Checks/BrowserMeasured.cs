using DxMonitor.Evaluator.Browser;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// The shared rule of the checks that read the Chromium load: left out of the score when the browser is turned off
/// by configuration; scored zero when the portal kept it from measuring (home page failed, load failed, time ran out).
/// </summary>
public static class BrowserMeasured
{
    public static CheckResult? Unusable(string checkId, PortalSnapshot snapshot, out BrowserReport report)
    {
        report = snapshot.Browser!; // checked below before any use
        if (snapshot.Browser is null && !snapshot.TimedOut && !Unreachable.HomeFailed(snapshot))
        {
            return CheckResult.NotMeasured(checkId, snapshot.BrowserSkipped ?? Phrase.Of("browser-not-run").ToString());
        }
        if (Unreachable.HomeFailed(snapshot))
        {
            return Unreachable.Result(checkId, snapshot);
        }
        var url = snapshot.Home!.FinalUrl.ToString(); // not failed: fetched
        if (snapshot.Browser is null)
        {
            var reason = snapshot.BrowserSkipped ?? Phrase.Of("time-limit").ToString();
            return CheckResult.Of(checkId, [new("not-measured", "Not measured: " + reason, 1, new(url), [reason])]);
        }
        if (snapshot.Browser.Error is { } error)
        {
            return CheckResult.Of(checkId, [new("load-failed", "The page could not be loaded and measured in Chromium: " + error, 1, new(url), [error])]);
        }
        return null;
    }
}
