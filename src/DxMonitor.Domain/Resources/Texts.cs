using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace DxMonitor.Domain.Resources;

/// <summary>
/// One set of texts shown to people (a problem with an input, a broken rule), in the current UI culture. The set
/// is named by a marker class, as for ASP.NET Core's IStringLocalizer&lt;T&gt;: <c>{Marker}.resx</c> beside it is
/// Vietnamese, the product's language; <c>{Marker}.en.resx</c> English. The web sets the culture of each
/// request; anything else runs in Vietnamese unless it chooses otherwise. Unlike IStringLocalizer it needs no
/// services, so the domain, the data layer and static endpoint code can all use it. Each marker holds its one
/// instance as <c>Marker.Texts</c>.
/// </summary>
public sealed class Texts(Type marker)
{
    private readonly ResourceManager _resources = new(marker.FullName!, marker.Assembly);

    /// <summary>The text named <paramref name="key"/>, its {0}, {1}… filled with <paramref name="arguments"/> in the current culture.</summary>
    public string Format(string key, params object?[] arguments) => FormatIn(CultureInfo.CurrentUICulture, key, arguments);

    /// <summary>The text in a given <paramref name="culture"/>, whatever the current one: for texts stored in one language.</summary>
    public string FormatIn(CultureInfo culture, string key, params object?[] arguments)
    {
        var template = _resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"No text '{key}' in {marker.Name}.");
        return string.Format(culture, template, arguments);
    }
}
