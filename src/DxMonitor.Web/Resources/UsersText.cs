namespace DxMonitor.Web.Resources;

/// <summary>Marker for the user administration pages' strings (UsersText.resx Vietnamese, UsersText.en.resx English).</summary>
public sealed class UsersText;
