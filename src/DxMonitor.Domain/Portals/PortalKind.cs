namespace DxMonitor.Domain.Portals;

/// <summary>The two parts of a unit's administrative-procedure information system the ministry evaluates.</summary>
public enum PortalKind
{
    /// <summary>Cổng dịch vụ công: where citizens find procedures and submit dossiers.</summary>
    PublicServicePortal = 1,

    /// <summary>Hệ thống một cửa điện tử: where officers process dossiers; citizens look up their status.</summary>
    OneStopSystem = 2,
}
