namespace DxMonitor.Web.Indicators;

/// <summary>Whether a derived indicator's first figure for a period is published as soon as it is computed.</summary>
public sealed record AutoPublishRequest(bool AutoPublish);
