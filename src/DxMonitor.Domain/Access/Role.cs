namespace DxMonitor.Domain.Access;

/// <summary>What a user may do. National roles see and write every unit; a unit officer only its own.</summary>
public enum Role
{
    Public = 0,
    Leader = 1,
    UnitOfficer = 2,
    NationalAnalyst = 3,
    NationalAdministrator = 4,
}
