using DxMonitor.Domain.Resources;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.ImportExport;

/// <summary>What the file imports (values and registries) say to people, in the request's language (ImportExportText.resx).</summary>
internal static class FileText
{
    private static readonly Texts Texts = new(typeof(ImportExportText));

    public static string Format(string key, params object?[] arguments) => Texts.Format(key, arguments);
}
