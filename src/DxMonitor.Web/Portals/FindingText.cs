using System.Globalization;
using System.Text.RegularExpressions;
using DxMonitor.Domain.Portals;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Portals;

/// <summary>
/// A finding's text in the reader's language, from its stable code and arguments: the resource "Finding_{code}"
/// (every axe rule shares "Finding_axe", its help summarised by "Axe_{rule}") formatted with the arguments. A code
/// without a resource, or a finding stored
/// before arguments were kept whose text needs them, shows the English text stored with it.
/// </summary>
public static partial class FindingText
{
    public static string Render(IStringLocalizer text, PortalFinding finding)
    {
        // Every axe rule shares "Finding_axe"; the evaluator's own axe notes (axe-not-run, axe-sampled) have their texts.
        var template = text["Finding_" + finding.Code] is { ResourceNotFound: false } || !finding.Code.StartsWith("axe-", StringComparison.Ordinal)
            ? text["Finding_" + finding.Code] : text["Finding_axe"];
        if (template.ResourceNotFound || ArgumentsNeeded(template.Value) > finding.Arguments.Count)
        {
            return PhraseText.Render(text, finding.Message);
        }
        return string.Format(CultureInfo.CurrentCulture, template.Value, [.. Translated(text, finding)]);
    }

    /// <summary>
    /// Arguments that are themselves words of the evaluator, put in the reader's language: its phrases (reasons), an axe
    /// rule's help and impact (axe reports them in English), and the finding that held a grade down.
    /// </summary>
    private static List<string> Translated(IStringLocalizer text, PortalFinding finding)
    {
        var arguments = finding.Arguments.Select(a => PhraseText.Render(text, a)).ToList();
        if (finding.Code.StartsWith("axe-", StringComparison.Ordinal) && arguments.Count >= 3 && text["Finding_" + finding.Code].ResourceNotFound)
        {
            arguments[0] = Lookup(text, "Axe_" + arguments[2]) ?? text["Axe_unknown"].Value;
            arguments[1] = Lookup(text, "Impact_" + arguments[1]) ?? arguments[1];
        }
        else if (finding.Code == "grade-held" && arguments.Count >= 2)
        {
            arguments[1] = Lookup(text, "Ceiling_" + arguments[1]) ?? arguments[1];
        }
        return arguments;
    }

    private static string? Lookup(IStringLocalizer text, string key) => text[key] is { ResourceNotFound: false } found ? found.Value : null;

    private static int ArgumentsNeeded(string template) =>
        Placeholder().Matches(template).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
