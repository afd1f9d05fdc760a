using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Tests.Resources;

/// <summary>The texts of imports, projects, registries, reporting and portals: every Vietnamese one has an English one with the same placeholders.</summary>
public sealed partial class AreaTextsTests
{
    public static TheoryData<Type> Sets() =>
        [typeof(ImportExportText), typeof(ProjectsText), typeof(RegistriesText), typeof(ReportingText), typeof(PortalsText)];

    [Theory, MemberData(nameof(Sets))]
    public void Every_Vietnamese_text_has_an_English_one_with_the_same_placeholders(Type marker)
    {
        var resources = new ResourceManager(marker.FullName!, marker.Assembly);
        var vietnamese = resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<DictionaryEntry>().ToList();
        var english = resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), true, false);

        Assert.NotEmpty(vietnamese);
        Assert.NotNull(english);
        foreach (var (key, text) in vietnamese.Select(e => ((string)e.Key, (string)e.Value!)))
        {
            var translation = english.GetString(key);
            Assert.False(string.IsNullOrWhiteSpace(translation), $"{marker.Name}: '{key}' has no English text.");
            Assert.True(Placeholders(text).SequenceEqual(Placeholders(translation)), $"{marker.Name}: '{key}' has other placeholders in English.");
        }
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
