using System.Text;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// The Allow and Disallow rules of a robots.txt (RFC 9309) that apply to one crawler: the groups naming its product
/// token (case-insensitive), merged, or else the "*" groups, merged. A path is allowed unless the longest matching
/// rule is a Disallow; on a tie Allow wins. Patterns may use "*" (any characters) and a final "$" (end of path).
/// Matching is linear in practice and never uses regular expressions, since the file comes from a hostile portal.
/// </summary>
public sealed class RobotsRules
{
    /// <summary>No rules: everything is allowed (no robots.txt, a 4xx, or a file that says nothing for us).</summary>
    public static readonly RobotsRules AllowAll = new([]);

    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsRules(IReadOnlyList<(string Pattern, bool Allow)> rules) => _rules = rules;

    public int Count => _rules.Count;

    /// <summary>The rules of <paramref name="text"/> for the crawler whose product token is <paramref name="productToken"/>.</summary>
    public static RobotsRules Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }
                current.Value.Agents.Add(value.Split('/', 2)[0].Trim());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is { } group && key is "allow" or "disallow" && value.Length > 0)
            {
                group.Rules.Add((Normalise(value), key == "allow"));
            }
        }
        var ours = groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        var chosen = ours.Count > 0 ? ours : groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules([.. chosen.SelectMany(g => g.Rules)]);
    }

    /// <summary>Whether the crawler may fetch <paramref name="url"/> (its path and query).</summary>
    public bool Allows(Uri url)
    {
        var path = Normalise(url.PathAndQuery);
        var best = (Length: -1, Allow: true);
        foreach (var (pattern, allow) in _rules)
        {
            if (Matches(pattern, path) && (pattern.Length > best.Length || pattern.Length == best.Length && allow))
            {
                best = (pattern.Length, allow);
            }
        }
        return best.Allow;
    }

    /// <summary>
    /// Whether <paramref name="pattern"/> matches the start of <paramref name="path"/> (all of it when the pattern
    /// ends with "$"): the classic wildcard walk that backtracks only to the last "*".
    /// </summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        int i = 0, j = 0, star = -1, resume = 0;
        while (j < path.Length)
        {
            if (i == p.Length && !anchored)
            {
                return true;
            }
            if (i < p.Length && p[i] == '*')
            {
                star = i++;
                resume = j;
            }
            else if (i < p.Length && p[i] == path[j])
            {
                i++;
                j++;
            }
            else if (star >= 0)
            {
                i = star + 1;
                j = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (i < p.Length && p[i] == '*')
        {
            i++;
        }
        return i == p.Length;
    }

    /// <summary>Percent-encodes what is not ASCII (as UTF-8) and upper-cases escapes, so "/thủ-tục" and "/th%E1%BB%A7-t%e1%bb%a5c" compare equal.</summary>
    private static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c == '%' && k + 2 < text.Length && Uri.IsHexDigit(text[k + 1]) && Uri.IsHexDigit(text[k + 2]))
            {
                result.Append('%').Append(char.ToUpperInvariant(text[k + 1])).Append(char.ToUpperInvariant(text[k + 2]));
                k += 2;
            }
            else if (c > 0x7F || c == ' ')
            {
                var length = char.IsHighSurrogate(c) && k + 1 < text.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(text.Substring(k, length)))
                {
                    result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
                k += length - 1;
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }
}
