using System.Globalization;

namespace DxMonitor.Domain.Text;

/// <summary>Vietnamese alphabetical order (a, ă, â, b, …, đ after d), letter case ignored: how names are listed for people.</summary>
public static class VietnameseOrder
{
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
}
