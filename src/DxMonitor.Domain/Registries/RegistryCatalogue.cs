using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Resources;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Registries;

/// <summary>
/// The five registries the reports keep, each a small definition: national digital platforms (so provinces
/// see what exists before building), community digital-technology teams, mobile dead zones, database
/// catalogues and reports of data-sharing violations. Their counts at a period's end feed indicators.
/// </summary>
public static class RegistryCatalogue
{
    public const string Platforms = "platforms";
    public const string CommunityTeams = "community-teams";
    public const string DeadZones = "dead-zones";
    public const string DatabaseCatalogues = "database-catalogues";
    public const string DataSharingViolations = "data-sharing-violations";

    public static readonly IReadOnlyList<string> ViolationStates = ["Received", "Investigating", "Resolved", "Dismissed"];

    public static readonly IReadOnlyList<RegistryDefinition> All =
    [
        new(Platforms, "Nền tảng số quốc gia", "National digital platforms",
            new("name", "Tên nền tảng", "Platform name", FieldKind.Text, true),
            [UnitLevel.Ministry],
            [
                new("scope", "Phạm vi", "Scope", FieldKind.Text, true, 1000),
                new("url", "Địa chỉ truy cập", "Address", FieldKind.Text, MaxLength: 300),
                new("launchedOn", "Ngày đưa vào sử dụng", "Launched on", FieldKind.Date),
            ],
            ["NAT.NATIONAL_PLATFORMS"],
            (entries, _, period) => [new("NAT.NATIONAL_PLATFORMS", entries.Count(e => StartedBy(e, "launchedOn", period)))])
        {
            CountsAtNation = true,
        },
        new(CommunityTeams, "Tổ công nghệ số cộng đồng", "Community digital-technology teams",
            new("name", "Tên tổ", "Team name", FieldKind.Text, true),
            [UnitLevel.Province],
            [
                new("commune", "Xã, phường", "Commune", FieldKind.Text, true, 200),
                new("members", "Số thành viên", "Members", FieldKind.WholeNumber, true),
                new("establishedOn", "Ngày thành lập", "Established on", FieldKind.Date),
            ],
            ["PRV.CDT_TEAMS", "PRV.CDT_MEMBERS"],
            (entries, _, period) =>
            {
                var teams = entries.Where(e => StartedBy(e, "establishedOn", period)).ToList();
                return [new("PRV.CDT_TEAMS", teams.Count), new("PRV.CDT_MEMBERS", teams.Sum(e => e.Number("members")))];
            }),
        new(DeadZones, "Vùng lõm sóng di động", "Mobile dead zones",
            new("name", "Thôn, bản", "Village", FieldKind.Text, true),
            [UnitLevel.Province],
            [
                new("commune", "Xã, phường", "Commune", FieldKind.Text, true, 200),
                new("since", "Lõm sóng từ ngày", "Dead zone since", FieldKind.Date, true),
                new("closedOn", "Ngày xóa lõm", "Closed on", FieldKind.Date),
                new("gridPower", "Có điện lưới quốc gia", "Has grid power", FieldKind.YesNo),
            ],
            ["PRV.DEAD_ZONES", "PRV.VILLAGES_GRID_NO_MOBILE"],
            (entries, _, period) =>
            {
                var open = entries.Where(e => e.Date("since") <= period.End && !(e.Date("closedOn") <= period.End)).ToList();
                return [new("PRV.DEAD_ZONES", open.Count), new("PRV.VILLAGES_GRID_NO_MOBILE", open.Count(e => e.Field("gridPower") == "1"))];
            })
        {
            Check = fields => DateOrder(fields, "since", "closedOn", "DeadZoneClosedBeforeSince"),
        },
        new(DatabaseCatalogues, "Danh mục cơ sở dữ liệu", "Database catalogues",
            new("name", "Tên cơ sở dữ liệu", "Database name", FieldKind.Text, true),
            [UnitLevel.Ministry, UnitLevel.Province],
            [
                new("domain", "Lĩnh vực", "Domain", FieldKind.Text, true, 200),
                new("custodian", "Đơn vị quản lý", "Custodian", FieldKind.Text, true, 300),
                new("shared", "Được chia sẻ", "Shared", FieldKind.YesNo),
                new("issuedOn", "Ngày ban hành danh mục", "Catalogued on", FieldKind.Date),
            ],
            ["PRV.DATABASES_CATALOGUED", "MIN.DATABASES_CATALOGUED"],
            (entries, level, period) =>
                [new(level == UnitLevel.Ministry ? "MIN.DATABASES_CATALOGUED" : "PRV.DATABASES_CATALOGUED",
                    entries.Count(e => StartedBy(e, "issuedOn", period)))]),
        new(DataSharingViolations, "Phản ánh vi phạm chia sẻ dữ liệu", "Data-sharing violation reports",
            new("name", "Nội dung vi phạm", "What was breached", FieldKind.Text, true),
            [UnitLevel.Ministry, UnitLevel.Province],
            [
                new("violator", "Đơn vị vi phạm", "Who", FieldKind.Text, true, 300),
                new("reportedOn", "Ngày phản ánh", "Reported on", FieldKind.Date, true),
                new("status", "Trạng thái", "Status", FieldKind.Choice, true, Choices: ViolationStates),
            ],
            ["PRV.DATA_SHARING_VIOLATIONS"],
            (entries, _, period) =>
                [new("PRV.DATA_SHARING_VIOLATIONS", entries.Count(e => e.Date("reportedOn") is { } d && d >= period.Start && d <= period.End))]),
    ];

    public static RegistryDefinition? Find(string? key) => All.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal));

    /// <summary>Counted at a period's end when its start date is not after it (no date: always counted).</summary>
    private static bool StartedBy(RegistryEntry entry, string dateField, Period period) => !(entry.Date(dateField) > period.End);

    private static IEnumerable<FieldProblem> DateOrder(IReadOnlyDictionary<string, string> fields, string from, string to, string messageKey)
    {
        if (fields.TryGetValue(from, out var start) && fields.TryGetValue(to, out var end) && string.CompareOrdinal(end, start) < 0)
        {
            yield return new FieldProblem($"fields.{to}", RegistryText.Texts.Format(messageKey));
        }
    }
}
