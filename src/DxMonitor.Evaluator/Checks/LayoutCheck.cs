using System.Globalization;
using AngleSharp.Html.Parser;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// Structure and layout of the home page as a phone shows it: a mobile viewport, nothing wider than the emulated
/// screen, no script errors (each named with the resource that failed), and Vietnamese declared as its language.
/// </summary>
public sealed class LayoutCheck : IPortalCheck
{
    public const int ScreenWidth = 412;

    public string Id => "layout";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        if (BrowserMeasured.Unusable(Id, snapshot, out var report) is { } unusable)
        {
            return unusable;
        }
        var url = snapshot.Home!.FinalUrl.ToString(); // measured: the home page loaded
        var findings = new List<Finding>();
        foreach (var error in report.ConsoleErrors.Take(4))
        {
            findings.Add(new("console-error", "The page logs an error to the console", 0.05, new(url, Element: ConsoleText.Of(error))));
        }
        if (report.Viewport is null || !report.Viewport.Contains("width=device-width", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new("no-mobile-viewport", "No mobile viewport (<meta name=\"viewport\" content=\"width=device-width\">)", 0.3,
                new(url, Element: report.Viewport is null ? "<meta name=\"viewport\">" : $"<meta name=\"viewport\" content=\"{report.Viewport}\">")));
        }
        if (report.HorizontalOverflow is > 0 and var overflow)
        {
            var px = overflow.ToString(CultureInfo.InvariantCulture);
            findings.Add(new("horizontal-scroll", $"The page is {px} px wider than a phone's screen", 0.2,
                new(url, Metric: string.Create(CultureInfo.InvariantCulture, $"{overflow + ScreenWidth} px > {ScreenWidth} px")), [px]));
        }
        using var document = new HtmlParser().ParseDocument(report.RenderedHtml ?? snapshot.Home.Body);
        var lang = document.DocumentElement.GetAttribute("lang");
        findings.Add(lang?.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ?? false
            ? new("found-language-vi", "Found: Vietnamese declared as the page language", 0, new(url, Element: $"<html lang=\"{lang}\">"))
            : new("missing-language-vi", "The page does not declare Vietnamese (<html lang=\"vi\">)", 0.2,
                new(url, Element: lang is null ? "<html>" : $"<html lang=\"{lang}\">")));
        return CheckResult.Of(Id, findings);
    }
}
