using DxMonitor.Domain.DxIndex;
using DxMonitor.Web.Api;

namespace DxMonitor.Web.Methodologies;

/// <summary>What a change to a methodology came to: the saved version, the input's problems, a refusal's reason, or nothing found.</summary>
public sealed record MethodologyOutcome(IndexMethodology? Saved, FieldErrors? Errors = null, string? Refused = null)
{
    public static readonly MethodologyOutcome NotFound = new(Saved: null);
}
