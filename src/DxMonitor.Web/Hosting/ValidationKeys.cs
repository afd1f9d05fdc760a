namespace DxMonitor.Web.Hosting;

/// <summary>
/// The framework's validation names fields by C# property ("Values[0].Indicator"); clients send and read
/// JSON names ("values[0].indicator"), so error keys are rewritten to those.
/// </summary>
internal static partial class ValidationKeys
{
    public static void UseJsonNames(IDictionary<string, string[]> errors)
    {
        foreach (var key in errors.Keys.ToList())
        {
            var json = ToJsonName(key);
            if (json != key)
            {
                errors[json] = errors.TryGetValue(json, out var existing) ? [.. existing, .. errors[key]] : errors[key];
                errors.Remove(key);
            }
        }
    }

    /// <summary>Each part that is a C# property name ("Values[0]") in camel case; other keys, such as item codes ("indicators[PRV.RATE]") or sheet names, as they are.</summary>
    internal static string ToJsonName(string key) =>
        string.Join('.', key.Split('.').Select(part => PropertyName().IsMatch(part) ? char.ToLowerInvariant(part[0]) + part[1..] : part));

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(\[[0-9]+\])*$")]
    private static partial System.Text.RegularExpressions.Regex PropertyName();
}
