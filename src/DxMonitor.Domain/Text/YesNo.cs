using System.Text;

namespace DxMonitor.Domain.Text;

/// <summary>The one reading of a yes/no cell or field, in English or Vietnamese, with or without diacritics.</summary>
public static class YesNo
{
    /// <summary>Whether <paramref name="text"/> says yes or no; false (and <paramref name="value"/> false) when it says neither.</summary>
    public static bool TryParse(string? text, out bool value)
    {
        switch (text?.Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant())
        {
            case "TRUE" or "YES" or "1" or "CÓ" or "CO" or "X":
                value = true;
                return true;
            case "FALSE" or "NO" or "0" or "KHÔNG" or "KHONG":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
