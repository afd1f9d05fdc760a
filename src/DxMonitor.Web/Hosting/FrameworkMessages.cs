using System.Text.RegularExpressions;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// The framework's English messages about a broken data annotation ([Required], [StringLength], [Range]), an
/// unreadable JSON body or a route or query value that does not parse, told again in the request's language; any
/// other message is returned as it is.
/// </summary>
public static partial class FrameworkMessages
{
    private static readonly (Regex Pattern, string Key)[] Known =
    [
        (Required(), "FieldRequired"),
        (MaxLength(), "FieldMaxLength"),
        (LengthRange(), "FieldLengthRange"),
        (Between(), "FieldRange"),
        (NotConverted(), "JsonNotConverted"),
        (Unmapped(), "JsonUnmapped"),
        (MissingRequired(), "JsonMissingRequired"),
        (NullNotAllowed(), "JsonNullNotAllowed"),
        (ParameterNotParsed(), "ParameterNotParsed"),
    ];

    public static string Translate(string message)
    {
        foreach (var (pattern, key) in Known)
        {
            if (pattern.Match(message) is { Success: true } match)
            {
                return ApiText.Texts.Format(key, [.. match.Groups.Values.Skip(1).Select(g => ShortTypeName(g.Value))]);
            }
        }
        return message;
    }

    public static void Translate(IDictionary<string, string[]> errors)
    {
        foreach (var field in errors.Keys.ToList())
        {
            errors[field] = [.. errors[field].Select(Translate)];
        }
    }

    /// <summary>'DxMonitor.Web.Values.ValueWrite' becomes 'ValueWrite'.</summary>
    private static string ShortTypeName(string text) => TypeName().IsMatch(text) ? text[(text.LastIndexOf('.') + 1)..] : text;

    [GeneratedRegex(@"^Failed to bind parameter ""(.+) (.+)"" from ""(.*)""\.$")]
    private static partial Regex ParameterNotParsed();

    [GeneratedRegex(@"^The (.+) field is required\.$")]
    private static partial Regex Required();

    [GeneratedRegex(@"^The field (.+) must be a string with a maximum length of (\d+)\.$")]
    private static partial Regex MaxLength();

    [GeneratedRegex(@"^The field (.+) must be a string with a minimum length of (\d+) and a maximum length of (\d+)\.$")]
    private static partial Regex LengthRange();

    [GeneratedRegex(@"^The field (.+) must be between (.+) and (.+)\.$")]
    private static partial Regex Between();

    [GeneratedRegex(@"^The JSON value could not be converted to (.+)\.$")]
    private static partial Regex NotConverted();

    [GeneratedRegex(@"^The JSON property '(.+)' could not be mapped to any \.NET member contained in type '(.+)'\.$")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"^JSON deserialization for type '(.+)' was missing required properties including: (.+)\.$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^The constructor parameter '(.+)' on type '(.+)' doesn't allow null values\..*$")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$")]
    private static partial Regex TypeName();
}
