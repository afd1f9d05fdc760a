using DxMonitor.Domain.Text;

namespace DxMonitor.Domain.Procedures;

/// <summary>Reads an online level as files and programs write it: full/partial/none, or toàn trình/một phần/không.</summary>
public static class OnlineLevels
{
    public static bool TryParse(string? text, out OnlineLevel level)
    {
        (var known, level) = SearchText.Fold(text) switch
        {
            "full" or "toan trinh" => (true, OnlineLevel.Full),
            "partial" or "mot phan" => (true, OnlineLevel.Partial),
            "none" or "khong" => (true, OnlineLevel.None),
            _ => (false, OnlineLevel.None),
        };
        return known;
    }
}
