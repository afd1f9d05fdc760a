using System.Globalization;
using System.Text;

namespace DxMonitor.Domain.Text;

/// <summary>
/// Folds Vietnamese text for search: Unicode NFC/NFD differences, case and diacritics are ignored, and
/// đ/Đ matches d, so "ha noi", "Hà Nội" and a decomposed "Hà Nội" all find Hà Nội.
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool Matches(string? text, string foldedQuery) =>
        foldedQuery.Length == 0 || Fold(text).Contains(foldedQuery, StringComparison.Ordinal);
}
