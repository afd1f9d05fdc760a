namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the texts of a registry entry's checks: RegistryText.resx is Vietnamese, RegistryText.en.resx English.</summary>
internal sealed class RegistryText
{
    internal static readonly Texts Texts = new(typeof(RegistryText));
}
