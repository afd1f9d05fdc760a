using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the texts of value import and export (files of values, their rows and columns): ImportExportText.resx is Vietnamese, ImportExportText.en.resx English.</summary>
public sealed class ImportExportText
{
    internal static readonly Texts Texts = new(typeof(ImportExportText));
}
