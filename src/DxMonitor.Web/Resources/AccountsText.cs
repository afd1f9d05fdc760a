using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the texts of a person's own account (sign-in events, the change-password page): AccountsText.resx Vietnamese, AccountsText.en.resx English.</summary>
public sealed class AccountsText
{
    internal static readonly Texts Texts = new(typeof(AccountsText));
}
