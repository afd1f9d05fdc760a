using System.Text.RegularExpressions;
using DxMonitor.Evaluator.Grading;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// A console error as evidence: Chromium's own English for a resource that failed to load becomes a phrase (the
/// status or the net:: error, and where, kept); what the page itself logged is its own text and stays as it is.
/// </summary>
public static partial class ConsoleText
{
    public static string Of(string error)
    {
        var text = error.Length > 300 ? error[..300] : error;
        var match = FailedResource().Match(text);
        if (!match.Success)
        {
            return text;
        }
        var phrase = match.Groups["status"].Success
            ? Phrase.Of("console-resource-status", match.Groups["status"].Value)
            : Phrase.Of("console-resource-network", match.Groups["net"].Value);
        return phrase + match.Groups["rest"].Value;
    }

    [GeneratedRegex(@"^Failed to load resource: (?:the server responded with a status of (?<status>\d{3})(?: \([^)]*\))?|(?<net>net::[A-Z_]+))(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex FailedResource();
}
