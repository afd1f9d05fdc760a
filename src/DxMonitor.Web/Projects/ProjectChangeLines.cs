using System.Globalization;
using System.Text.Json;
using DxMonitor.Web.Layout;
using DxMonitor.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Projects;

/// <summary>
/// An audit row's old or new values (JSON of the record's fields) as people read them: each field by its label on
/// the project's form and each coded value (funding, step, status) by its name, in the page's language.
/// </summary>
public static class ProjectChangeLines
{
    /// <summary>Keys and bookkeeping no reader needs.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "Id", "ProjectId", "NameFolded", "StoredName", "Sha256", "CreatedAt", "UpdatedAt",
    };

    /// <summary>Fields named otherwise on the form.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["UnitId"] = "Owner",
        ["ProjectCode"] = "Code",
        ["FileName"] = "File",
        ["Kind"] = "File",
        ["UploadedAt"] = "ChangedAt",
    };

    public static IReadOnlyList<(string Label, string Value)> Read(string? json, IStringLocalizer<ProjectsText> text, IReadOnlyDictionary<int, string> unitNames)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }
        return [.. document.RootElement.EnumerateObject().Where(p => !Hidden.Contains(p.Name))
            .Select(p => (text[Labels.GetValueOrDefault(p.Name, p.Name)].Value, Value(p.Name, p.Value, text, unitNames)))];
    }

    private static string Value(string field, JsonElement value, IStringLocalizer<ProjectsText> text, IReadOnlyDictionary<int, string> unitNames) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.Number when field == "UnitId" && value.TryGetInt32(out var unit) => unitNames.GetValueOrDefault(unit, unit.ToString(CultureInfo.InvariantCulture)),
        JsonValueKind.Number => Display.Number(value.GetDouble()),
        JsonValueKind.String when DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Display.Date(date),
        JsonValueKind.String when DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            && value.GetString()!.Contains('T', StringComparison.Ordinal) => Display.LocalTime(at),
        JsonValueKind.String => text[$"{field}_{value.GetString()}"] is { ResourceNotFound: false } named ? named.Value : value.GetString()!,
        _ => value.GetRawText(),
    };
}
