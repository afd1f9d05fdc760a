using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Reporting;

/// <summary>Data-entry rules (section "Reporting").</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>A value more than this many times last period's (or less than its inverse) needs a comment.</summary>
    [Range(1.01, 1000)]
    public double JumpFactor { get; set; } = 3;
}
