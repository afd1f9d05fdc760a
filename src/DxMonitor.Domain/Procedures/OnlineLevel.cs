namespace DxMonitor.Domain.Procedures;

/// <summary>How much of a procedure can be done online (mức độ dịch vụ công trực tuyến, Decree 42/2022).</summary>
public enum OnlineLevel
{
    /// <summary>Not offered online: information only.</summary>
    None = 0,

    /// <summary>Một phần: submitted online, but the applicant must come in (to pay, sign or collect).</summary>
    Partial = 1,

    /// <summary>Toàn trình: from submission to result entirely online.</summary>
    Full = 2,
}
