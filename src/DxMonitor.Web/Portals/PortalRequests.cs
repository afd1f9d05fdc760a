using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Portals;

/// <summary>Registers a unit's portal for evaluation.</summary>
/// <param name="Unit">Code of the unit the portal belongs to.</param>
/// <param name="Url">The portal's address, absolute http(s).</param>
/// <param name="Kind">PublicServicePortal (cổng dịch vụ công) or OneStopSystem (hệ thống một cửa điện tử).</param>
public sealed record RegisterPortalRequest(
    [property: Required, StringLength(40)] string Unit,
    [property: Required, StringLength(500)] string Url,
    [property: Required, StringLength(40)] string Kind);
