using DxMonitor.Domain.Text;

namespace DxMonitor.Domain.Projects;

/// <summary>
/// How much a project's name looks like a national platform's: the share of the platform's distinctive words
/// (folded syllables, generic words such as "xây dựng", "nền tảng", "hệ thống", "tỉnh" left out) that the
/// project's name also contains. Three shared words at least, so short names do not match by chance.
/// </summary>
public static class PlatformMatch
{
    private const int MinimumShared = 3;

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "xay", "dung", "trien", "khai", "nang", "cap", "nen", "tang", "he", "thong", "tinh", "thanh", "pho",
        "quoc", "gia", "cua", "cho", "va", "tai", "cac", "trong", "giai", "doan", "nam", "phan", "mem", "so",
        "chuyen", "doi", "mo", "rong", "hoan", "thien", "bo", "nganh", "dia", "phuong",
    };

    /// <summary>A platform's name with its distinctive words, folded once for all the projects it is compared with.</summary>
    public sealed record Platform(string Name, IReadOnlySet<string> Words);

    public static IReadOnlyList<Platform> Prepare(IEnumerable<string> platformNames) => [.. platformNames.Select(n => new Platform(n, Words(n)))];

    public static decimal Score(string projectName, string platformName) => Score(Words(projectName), Words(platformName));

    internal static decimal Score(IReadOnlySet<string> project, IReadOnlySet<string> platform)
    {
        if (platform.Count < MinimumShared)
        {
            return 0m;
        }
        var shared = platform.Count(project.Contains);
        return shared < MinimumShared ? 0m : (decimal)shared / platform.Count;
    }

    internal static HashSet<string> Words(string name)
    {
        var folded = SearchText.Fold(name);
        var words = new string([.. folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. words.Where(w => !Generic.Contains(w))];
    }
}
