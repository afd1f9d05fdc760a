namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the texts of an index definition's checks: IndexText.resx is Vietnamese, IndexText.en.resx English.</summary>
internal sealed class IndexText;
