using System.Globalization;

namespace DxMonitor.Domain.Registries;

/// <summary>
/// A field of a registry's entries: its key (API, import column), Vietnamese and English labels, kind,
/// whether it must be given, and for a choice the allowed values.
/// </summary>
public sealed record RegistryField(
    string Key, string LabelVi, string LabelEn, FieldKind Kind, bool Required = false, int MaxLength = 500,
    IReadOnlyList<string>? Choices = null)
{
    /// <summary>The label in the current UI culture: English when English is asked for, else Vietnamese.</summary>
    public string Label => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? LabelEn : LabelVi;
}
