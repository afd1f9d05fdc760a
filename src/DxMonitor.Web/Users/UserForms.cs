using System.ComponentModel.DataAnnotations;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Hosting;

namespace DxMonitor.Web.Users;

/// <summary>The fields of the user administration forms, as posted (strings, so a bad value is shown back, not lost).</summary>
public sealed class UserFormInput
{
    public string? UserName { get; set; }
    public string? FullName { get; set; }
    public Role Role { get; set; } = Role.UnitOfficer;
    public string? Unit { get; set; }
    public bool IncludesDescendants { get; set; }
    public string? Password { get; set; }
    public string? TokenName { get; set; }
    public int Days { get; set; } = 90;
    public int TokenId { get; set; }
}

/// <summary>Checks a request record's data annotations the way the API does, keyed by camel-case field name.</summary>
public static class FormValidation
{
    public static Dictionary<string, string> Check(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(m => (Field: JsonName(m), Message: FrameworkMessages.Translate(r.ErrorMessage ?? ""))))
            .GroupBy(e => e.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)));
    }

    /// <summary>Runs a change; a broken rule becomes an error beside its field instead of an exception.</summary>
    public static async Task<Dictionary<string, string>> RunAsync(Func<Task> change)
    {
        try
        {
            await change();
            return [];
        }
        catch (RuleViolationException e)
        {
            return new() { [e.Field ?? ""] = e.Message };
        }
    }

    private static string JsonName(string member) => char.ToLowerInvariant(member[0]) + member[1..];
}
