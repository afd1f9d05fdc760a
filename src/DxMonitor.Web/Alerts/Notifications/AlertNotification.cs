namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// What one alert tells its subscribers, filled in by the alert engine and sent as it is by every channel
/// (e-mail text, webhook JSON). Texts ending in "Vi" are Vietnamese, shown to people first.
/// </summary>
public sealed record AlertNotification
{
    /// <summary>Stable identity of the alert across its states, so receivers can group firing, escalation and resolution.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The rule that raised the alert, e.g. "BehindTrajectory".</summary>
    public required string Rule { get; init; }

    public required AlertSeverity Severity { get; init; }

    public required AlertState State { get; init; }

    /// <summary>Public code of the ministry or province concerned, e.g. "P02".</summary>
    public required string UnitCode { get; init; }

    /// <summary>Its Vietnamese name, e.g. "Tỉnh Hà Giang".</summary>
    public required string UnitNameVi { get; init; }

    /// <summary>The indicator behind the alert, when there is one, e.g. "PRV.FIBRE_HOUSEHOLDS_RATE".</summary>
    public string? IndicatorCode { get; init; }

    public string? IndicatorNameVi { get; init; }

    /// <summary>The reporting period concerned, when there is one, e.g. "2025Q2".</summary>
    public string? Period { get; init; }

    /// <summary>One Vietnamese line saying what is wrong, e.g. "Tỉnh Hà Giang chậm so với lộ trình".</summary>
    public required string SummaryVi { get; init; }

    /// <summary>The figures that justify the alert, as plain text (may span lines).</summary>
    public required string Evidence { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Absolute http(s) address of the alert's page in DxMonitor.</summary>
    public required Uri Link
    {
        get;
        init => field = value is { IsAbsoluteUri: true } && (value.Scheme == Uri.UriSchemeHttps || value.Scheme == Uri.UriSchemeHttp)
            ? value
            : throw new ArgumentException($"An alert's link must be an absolute http(s) URL, not '{value}'.", nameof(Link));
    }
}
