using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Hosting;

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Largest request body accepted, in bytes; larger ones are answered 413.</summary>
    [Range(1024, 1_073_741_824)]
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most values in one batch write.</summary>
    [Range(1, 100_000)]
    public int MaxBatchSize { get; set; } = 5000;

    /// <summary>Who answers questions about the API, as the OpenAPI document's contact.</summary>
    [Required]
    public string ContactName { get; set; } = "DxMonitor operators";

    [EmailAddress]
    public string? ContactEmail { get; set; } = "dxmonitor@localhost";

    /// <summary>The terms of use of the API, as the OpenAPI document's licence (an SPDX identifier or LicenseRef-).</summary>
    [Required]
    public string LicenceName { get; set; } = "Proprietary: use by agreement with the national agency";

    [Required]
    public string LicenceIdentifier { get; set; } = "LicenseRef-DxMonitor-Proprietary";
}
