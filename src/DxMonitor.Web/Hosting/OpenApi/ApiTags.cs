namespace DxMonitor.Web.Hosting.OpenApi;

/// <summary>What each tag of the document groups, in English with the Vietnamese names of the domain.</summary>
internal static class ApiTags
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Units"] = "Organisation units (đơn vị): the nation, ministries (bộ), provinces (tỉnh) and communes (xã) over time, their mergers and unit groups.",
        ["Periods"] = "Reporting periods (kỳ báo cáo) with their codes: 2024, 2024H1, 2024Q1, 2024M03.",
        ["Indicators"] = "The indicator catalogue (chỉ tiêu): definitions, units of measure, formulas of computed indicators.",
        ["Targets"] = "Targets (mục tiêu) with deadlines and their legal sources.",
        ["Sources"] = "The documents that figures and targets cite (reports, decisions, resolutions).",
        ["Values"] = "Reported values (giá trị) of indicators per unit and period, with provenance, history and publication.",
        ["Import and export"] = "CSV and Excel templates, imports (all rows or none, errors by row and column) and exports.",
        ["Rollups"] = "Indicator values rolled up through the unit hierarchy valid at each period's end.",
        ["Progress"] = "Progress against targets (Open SDG method) and the trajectory to each deadline.",
        ["Rankings"] = "Rankings of provinces and ministries by indicator and by index (chỉ số DTI), with every point explained.",
        ["Methodologies"] = "Index methodologies per year: indicators, weights, normalisation, adoption and preview.",
        ["Metadata"] = "The metadata package (gói siêu dữ liệu): catalogue, targets, methodologies and unit groups moved between servers.",
        ["Alerts"] = "Automatic alerts (cảnh báo): overdue report, behind trajectory, missed deadline, outlier; acknowledge and silence.",
        ["Notifications"] = "Alert notifications by e-mail and signed webhook: targets, deliveries and retries.",
        ["Calendar"] = "Working days and public holidays used for due dates.",
        ["Procedures"] = "Administrative procedures (thủ tục hành chính) published by each unit.",
        ["Users"] = "Users, roles and personal API tokens (administrators only).",
        ["Feedback and ratings"] = "Citizens' feedback and satisfaction ratings of public services.",
        ["Operations"] = "The running version and operational facts of the server.",
        ["Audit"] = "The audit trail (nhật ký): who changed what, when, from where, old and new values.",
        ["Reporting"] = "Reporting rounds (đợt báo cáo) and each unit's report (báo cáo): fill in, submit, return, accept, correct.",
        ["Projects"] = "Digital-transformation investment projects (dự án): budget, plan, disbursement, milestones, documents.",
        ["Registries"] = "National registries: digital platforms, community technology teams, mobile dead zones, database catalogues, data-sharing violations.",
        ["Dossiers"] = "Administrative-procedure dossiers (hồ sơ thủ tục hành chính): ingest by file, batch and stream; figures and late dossiers.",
        ["Service index (766)"] = "The service index of Decision 766/QĐ-TTg (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp).",
        ["Portals"] = "Public-service portals (cổng dịch vụ công) and their automatic A–E evaluations with evidence.",
        ["Dashboards"] = "Leaders' dashboards: targets, trends, open alerts and round completeness.",
    };

    public const string Fallback = "Operations of this area of DxMonitor.";
}
