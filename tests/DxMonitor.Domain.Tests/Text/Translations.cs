using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace DxMonitor.Domain.Tests.Text;

/// <summary>Checks an assembly's text sets (Vietnamese resx, English satellite) for a missing or mismatched translation.</summary>
public static partial class Translations
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The names of the assembly's text sets, e.g. DxMonitor.Domain.Resources.DossierText.</summary>
    public static IEnumerable<string> Sets(Assembly assembly) =>
        assembly.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)).Select(n => n[..^".resources".Length]);

    /// <summary>
    /// Every Vietnamese text has an English one with the same placeholders ({1:dd/MM/yyyy} and {1:yyyy-MM-dd} are
    /// the same). A sentence must differ from its translation; a single word such as a name may not.
    /// </summary>
    public static void AssertEveryTextTranslated(Assembly assembly, string set)
    {
        var resources = new ResourceManager(set, assembly);
        var vietnamese = resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<DictionaryEntry>().ToList();
        var english = resources.GetResourceSet(English, true, false);

        Assert.NotEmpty(vietnamese);
        Assert.NotNull(english);
        foreach (var (key, text) in vietnamese.Select(e => ((string)e.Key, (string)e.Value!)))
        {
            var translation = english.GetString(key);
            Assert.False(string.IsNullOrWhiteSpace(translation), $"{set}: '{key}' has no English text.");
            Assert.True(Placeholders(text).SequenceEqual(Placeholders(translation)), $"{set}: '{key}' has other placeholders in English.");
            Assert.False(text == translation && text.Contains(' ', StringComparison.Ordinal), $"{set}: '{key}' is not translated.");
        }
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
