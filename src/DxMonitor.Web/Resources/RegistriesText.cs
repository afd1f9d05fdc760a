using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the registries' UI strings: RegistriesText.resx is Vietnamese, RegistriesText.en.resx English.</summary>
public sealed class RegistriesText
{
    internal static readonly Texts Texts = new(typeof(RegistriesText));
}
