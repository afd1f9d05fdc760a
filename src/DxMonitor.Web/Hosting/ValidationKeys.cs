namespace DxMonitor.Web.Hosting;

/// <summary>
/// The framework's validation names fields by C# property ("Values[0].Indicator"); clients send and read
/// JSON names ("values[0].indicator"), so error keys are rewritten to those.
/// </summary>
internal static class ValidationKeys
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

    internal static string ToJsonName(string key) =>
        string.Join('.', key.Split('.').Select(part => part.Length > 0 && char.IsUpper(part[0]) ? char.ToLowerInvariant(part[0]) + part[1..] : part));
}
