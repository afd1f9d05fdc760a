using System.Globalization;
using System.Text;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Registries;

/// <summary>
/// Checks an entry against its registry's definition and brings its values to their stored form: text
/// trimmed and NFC-normalised, whole numbers and ISO dates in invariant form, yes/no as 1/0, choices as
/// their canonical spelling. Every problem names its field.
/// </summary>
public static class RegistryRules
{
    public const int NameMaxLength = 300;

    public static (string Name, Dictionary<string, string> Fields, List<FieldProblem> Problems) Normalise(
        RegistryDefinition registry, string? name, IReadOnlyDictionary<string, string?>? fields)
    {
        var problems = new List<FieldProblem>();
        var cleanName = Clean(name);
        if (cleanName.Length == 0)
        {
            problems.Add(new("name", RegistryText.Texts.Format("Required", registry.NameField.Label)));
        }
        else if (cleanName.Length > NameMaxLength)
        {
            problems.Add(new("name", RegistryText.Texts.Format("TooLong", registry.NameField.Label, cleanName.Length, NameMaxLength)));
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, raw) in fields ?? new Dictionary<string, string?>())
        {
            if (registry.Field(key) is not { } field)
            {
                problems.Add(new($"fields.{key}", RegistryText.Texts.Format("UnknownField", key, string.Join(", ", registry.Fields.Select(f => f.Key)))));
                continue;
            }
            var text = Clean(raw);
            if (text.Length == 0)
            {
                continue;
            }
            if (Parse(field, text, out var stored) is { } error)
            {
                problems.Add(new($"fields.{field.Key}", error));
            }
            else
            {
                result[field.Key] = stored;
            }
        }
        foreach (var missing in registry.Fields.Where(f => f.Required && !result.ContainsKey(f.Key) && !problems.Any(p => p.Field == $"fields.{f.Key}")))
        {
            problems.Add(new($"fields.{missing.Key}", RegistryText.Texts.Format("Required", missing.Label)));
        }
        if (problems.Count == 0 && registry.Check is { } check)
        {
            problems.AddRange(check(result));
        }
        return (cleanName, result, problems);
    }

    private static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    private static string? Parse(RegistryField field, string text, out string stored)
    {
        stored = text;
        switch (field.Kind)
        {
            case FieldKind.Text:
                return text.Length > field.MaxLength ? RegistryText.Texts.Format("TooLong", field.Label, text.Length, field.MaxLength) : null;
            case FieldKind.WholeNumber:
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 100_000_000)
                {
                    return RegistryText.Texts.Format("NotWholeNumber", field.Label, text);
                }
                stored = number.ToString(CultureInfo.InvariantCulture);
                return null;
            case FieldKind.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year < 1990 || date.Year > 2100)
                {
                    return RegistryText.Texts.Format("NotDate", field.Label, text);
                }
                stored = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return null;
            case FieldKind.YesNo:
                var known = Text.YesNo.TryParse(text, out var yes);
                stored = yes ? "1" : "0";
                return known ? null : RegistryText.Texts.Format("NotYesNo", field.Label, text);
            case FieldKind.Choice:
                var choice = field.Choices?.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
                stored = choice ?? text;
                return choice is null ? RegistryText.Texts.Format("NotChoice", field.Label, string.Join(", ", field.Choices ?? []), text) : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "Unknown field kind.");
        }
    }
}
