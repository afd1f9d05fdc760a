using System.Globalization;
using System.Text.RegularExpressions;
using DxMonitor.Domain.Portals;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Portals;

/// <summary>
/// A finding's text in the reader's language, from its stable code and arguments: the resource "Finding_{code}"
/// (every axe rule shares "Finding_axe") formatted with the arguments. A code without a resource, or a finding stored
/// before arguments were kept whose text needs them, shows the English text stored with it.
/// </summary>
public static partial class FindingText
{
    public static string Render(IStringLocalizer text, PortalFinding finding)
    {
        var key = finding.Code.StartsWith("axe-", StringComparison.Ordinal) ? "Finding_axe" : "Finding_" + finding.Code;
        var template = text[key];
        if (template.ResourceNotFound || ArgumentsNeeded(template.Value) > finding.Arguments.Count)
        {
            return finding.Message;
        }
        return string.Format(CultureInfo.CurrentCulture, template.Value, [.. finding.Arguments]);
    }

    private static int ArgumentsNeeded(string template) =>
        Placeholder().Matches(template).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
