using System.Globalization;
using System.Text.RegularExpressions;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Layout;
using DxMonitor.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Users;

/// <summary>
/// An account change as people read it, in the page's language: what happened (a stable key in the audit row, e.g.
/// RoleChanged) and the old and new values, which the audit keeps in a fixed form ("UnitOfficer of P01 and below",
/// "token 12 'import' until 2026-12-31", "locked out").
/// </summary>
public static partial class AccountChangeText
{
    public static string Action(string action, IStringLocalizer<UsersText> text) =>
        text[$"AccountAction_{action}"] is { ResourceNotFound: false } named ? named.Value : action;

    public static string Value(string? value, IStringLocalizer<UsersText> text)
    {
        if (value is null)
        {
            return "";
        }
        if (RoleValue().Match(value) is { Success: true } role && Enum.TryParse<Role>(role.Groups[1].Value, out var known))
        {
            var unit = role.Groups[2].Success ? " — " + role.Groups[2].Value : "";
            return text[$"Role_{known}"] + unit + (role.Groups[3].Success ? " " + text["AndBelow"] : "");
        }
        if (TokenValue().Match(value) is { Success: true } token)
        {
            return token.Groups[3].Success
                ? text["AccountValue_TokenUntil", token.Groups[1].Value, token.Groups[2].Value, Display.Date(DateOnly.ParseExact(token.Groups[3].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture))]
                : text["AccountValue_Token", token.Groups[1].Value];
        }
        if (value.StartsWith("until ", StringComparison.Ordinal)
            && DateTime.TryParse(value[6..], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var until))
        {
            return text["AccountValue_Until", Display.LocalTime(until)];
        }
        return text[$"AccountValue_{value.Replace(' ', '_').Replace('-', '_')}"] is { ResourceNotFound: false } named ? named.Value : value;
    }

    [GeneratedRegex(@"^(\w+)(?: of (\S+))?( and below)?$")]
    private static partial Regex RoleValue();

    [GeneratedRegex(@"^token (\d+)(?: '(.*)' until (\d{4}-\d\d-\d\d))?$")]
    private static partial Regex TokenValue();
}
