using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the user administration's strings (UsersText.resx Vietnamese, UsersText.en.resx English).</summary>
public sealed class UsersText
{
    /// <summary>The same texts for code without an IStringLocalizer (Identity's problems, the users API).</summary>
    internal static readonly Texts Texts = new(typeof(UsersText));
}
