namespace DxMonitor.Evaluator.Probing;

/// <summary>A link found on the home page and what fetching it gave.</summary>
public sealed record LinkStatus(Uri Url, string Text, int? Status, string? Error)
{
    public bool Broken => Error is not null || Status is null or >= 400;
}
