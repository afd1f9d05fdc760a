using System.Globalization;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Methodologies;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Targets;
using DxMonitor.Web.Units;

namespace DxMonitor.Web.Metadata;

/// <summary>
/// The package as a workbook people can read and edit: a sheet per section under Vietnamese headers that end in the
/// JSON field's name, e.g. "Tên tiếng Việt (nameVi)"; a methodology is one row per sub-indicator, its peer groups on a
/// sheet of their own; lists (levels, members) are comma separated. Read back into the same package, with every cell
/// that cannot be read named by sheet, row and column.
/// </summary>
public static class MetadataWorkbook
{
    public const string InfoSheet = "Gói";
    public const string IndicatorSheet = "Chỉ tiêu";
    public const string TargetSheet = "Mục tiêu";
    public const string MethodologySheet = "Phương pháp";
    public const string PeerGroupSheet = "Nhóm so sánh";
    public const string UnitGroupSheet = "Nhóm đơn vị";

    private static readonly Column[] IndicatorColumns =
    [
        new("code", "Mã"), new("nameVi", "Tên tiếng Việt"), new("nameEn", "Tên tiếng Anh"), new("definitionVi", "Định nghĩa"),
        new("definitionEn", "Định nghĩa tiếng Anh"), new("unitOfMeasureVi", "Đơn vị tính"), new("unitOfMeasureEn", "Đơn vị tính tiếng Anh"),
        new("valueType", "Kiểu giá trị"), new("reportingLevels", "Cấp báo cáo"), new("periodType", "Loại kỳ"), new("aggregation", "Tổng hợp theo đơn vị"),
        new("weightIndicator", "Chỉ tiêu trọng số"), new("condition", "Điều kiện"), new("timeAggregation", "Tổng hợp theo thời gian"),
        new("direction", "Chiều đánh giá"), new("minimum", "Nhỏ nhất"), new("maximum", "Lớn nhất"), new("source", "Nguồn"), new("formula", "Công thức"),
        new("owner", "Nguồn số liệu"), new("autoPublish", "Tự công bố"), new("retiredOn", "Ngừng sử dụng từ"),
    ];

    private static readonly Column[] TargetColumns =
    [
        new("indicator", "Chỉ tiêu"), new("scope", "Phạm vi"), new("value", "Giá trị mục tiêu"), new("baselineValue", "Giá trị gốc"),
        new("baselinePeriod", "Kỳ gốc"), new("deadline", "Hạn"), new("legalSourceVi", "Căn cứ pháp lý"), new("legalSourceEn", "Căn cứ pháp lý tiếng Anh"),
        new("source", "Nguồn"), new("retiredOn", "Ngừng từ"),
    ];

    private static readonly Column[] MethodologyColumns =
    [
        new("index", "Chỉ số"), new("year", "Năm"), new("version", "Phiên bản"), new("status", "Trạng thái"), new("peerLevel", "Cấp xếp hạng"),
        new("nameVi", "Tên tiếng Việt"), new("nameEn", "Tên tiếng Anh"), new("maxScore", "Thang điểm"), new("missing", "Thiếu số liệu tính là"),
        new("source", "Nguồn"), new("area", "Trụ cột"), new("pillar", "Chỉ số chính"), new("pillarNameVi", "Tên chỉ số chính"),
        new("pillarNameEn", "Tên chỉ số chính tiếng Anh"), new("pillarWeight", "Trọng số chỉ số chính"), new("indicator", "Chỉ tiêu"),
        new("componentCode", "Mã chỉ số thành phần"), new("componentNameVi", "Tên chỉ số thành phần"), new("componentNameEn", "Tên chỉ số thành phần tiếng Anh"),
        new("weight", "Trọng số"), new("normalisation", "Chuẩn hoá"), new("target", "Mục tiêu chuẩn hoá"),
    ];

    private static readonly Column[] PeerGroupColumns =
    [
        new("index", "Chỉ số"), new("year", "Năm"), new("version", "Phiên bản"), new("code", "Mã nhóm"), new("nameVi", "Tên tiếng Việt"),
        new("nameEn", "Tên tiếng Anh"), new("units", "Đơn vị"),
    ];

    private static readonly Column[] UnitGroupColumns =
    [
        new("code", "Mã"), new("nameVi", "Tên tiếng Việt"), new("nameEn", "Tên tiếng Anh"), new("descriptionVi", "Mô tả"),
        new("descriptionEn", "Mô tả tiếng Anh"), new("members", "Đơn vị thành viên"),
    ];

    private sealed record Column(string Key, string Header)
    {
        public string Title => $"{Header} ({Key})";
    }

    public static byte[] Write(MetadataPackage package) => XlsxFormat.WriteSheets(
    [
        new XlsxSheet(InfoSheet, ["Thông tin (key)", "Giá trị (value)"],
        [
            ["format", package.Format], ["formatVersion", package.FormatVersion], ["exportedAt", package.ExportedAt],
        ]),
        Sheet(IndicatorSheet, IndicatorColumns, (package.Indicators ?? []).Select(p => p.Indicator is var i ? new object?[]
        {
            i.Code, i.NameVi, i.NameEn, i.DefinitionVi, i.DefinitionEn, i.UnitOfMeasureVi, i.UnitOfMeasureEn, i.ValueType,
            string.Join(", ", i.ReportingLevels ?? []), i.PeriodType, i.Aggregation, i.WeightIndicator,
            i.Condition is { } c ? $"{c.Operator} {c.Value.ToString(CultureInfo.InvariantCulture)}" : null, i.TimeAggregation, i.Direction,
            i.Minimum, i.Maximum, i.Source, i.Formula, i.Owner, p.AutoPublish ? "true" : "false", p.RetiredOn,
        } : null!)),
        Sheet(TargetSheet, TargetColumns, (package.Targets ?? []).Select(p => p.Target is var t ? new object?[]
        {
            t.Indicator, t.Scope, t.Value, t.BaselineValue, t.BaselinePeriod, t.Deadline, t.LegalSourceVi, t.LegalSourceEn, t.Source, p.RetiredOn,
        } : null!)),
        Sheet(MethodologySheet, MethodologyColumns, (package.Methodologies ?? []).SelectMany(m => m.Methodology.Pillars!.SelectMany(p => p.Components.Select(c => new object?[]
        {
            m.Index, m.Year, m.Version, m.Status.ToString(), m.PeerLevel.ToString(), m.Methodology.NameVi, m.Methodology.NameEn, m.Methodology.MaxScore,
            m.Methodology.Missing.ToString(), m.Methodology.Source, p.Area, p.Code, p.NameVi, p.NameEn, p.Weight, c.Indicator, c.Code, c.NameVi, c.NameEn,
            c.Weight, c.Normalisation.ToString(), c.Target,
        })))),
        Sheet(PeerGroupSheet, PeerGroupColumns, (package.Methodologies ?? []).SelectMany(m => (m.Methodology.PeerGroups ?? []).Select(g => new object?[]
        {
            m.Index, m.Year, m.Version, g.Code, g.NameVi, g.NameEn, string.Join(", ", g.Units),
        }))),
        Sheet(UnitGroupSheet, UnitGroupColumns, (package.UnitGroups ?? []).Select(g => new object?[]
        {
            g.Code, g.NameVi, g.NameEn, g.DescriptionVi, g.DescriptionEn, string.Join(", ", g.Members ?? []),
        })),
    ]);

    private static XlsxSheet Sheet(string name, Column[] columns, IEnumerable<object?[]> rows) =>
        new(name, [.. columns.Select(c => c.Title)], rows, Array.FindIndex(columns, c => c.Key is "definitionVi" or "legalSourceVi" or "members" or "units"));

    /// <summary>The package a workbook holds; a sheet it lacks is a section left alone. Cells that cannot be read are in <paramref name="problems"/>.</summary>
    public static MetadataPackage Read(byte[] bytes, XlsxLimits limits, FieldErrors problems)
    {
        var sheets = XlsxFormat.ReadAll(bytes, limits);
        var info = sheets.TryGetValue(InfoSheet, out var infoSheet)
            ? infoSheet.Rows.GroupBy(r => r[0].Text.Trim()).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal)
            : [];
        var version = info.GetValueOrDefault("formatVersion") is { Number: { } number } ? (int)number : MetadataPackage.CurrentVersion;
        return new MetadataPackage(
            Format: info.GetValueOrDefault("format").Text is { Length: > 0 } format ? format.Trim() : MetadataPackage.FormatName,
            FormatVersion: version,
            Indicators: Rows(sheets, IndicatorSheet, IndicatorColumns, problems)?.Select(r => new PackagedIndicator(
                new IndicatorRequest(r.Text("code"), r.Text("nameVi"), r.Text("nameEn"), r.Text("definitionVi"), r.Text("definitionEn"),
                    r.Text("unitOfMeasureVi"), r.Text("unitOfMeasureEn"), r.Text("valueType"), r.List("reportingLevels"), r.Text("periodType"),
                    r.Text("aggregation"), r.Text("weightIndicator"), r.Condition("condition"), r.Text("timeAggregation"), r.Text("direction"),
                    r.Number("minimum"), r.Number("maximum"), r.Text("source"), r.Text("formula"), r.Text("owner")),
                r.Bool("autoPublish"), r.Date("retiredOn"))).ToList(),
            Targets: Rows(sheets, TargetSheet, TargetColumns, problems)?.Select(r => new PackagedTarget(
                new TargetRequest(r.Text("indicator"), r.Text("scope"), r.Number("value"), r.Number("baselineValue"), r.Text("baselinePeriod"),
                    r.Date("deadline")?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? r.Text("deadline"), r.Text("legalSourceVi"),
                    r.Text("legalSourceEn"), r.Text("source")),
                r.Date("retiredOn"))).ToList(),
            Methodologies: Methodologies(sheets, problems),
            UnitGroups: Rows(sheets, UnitGroupSheet, UnitGroupColumns, problems)?.Select(r => new UnitGroupRequest(
                r.Text("code"), r.Text("nameVi"), r.Text("nameEn"), r.Text("descriptionVi"), r.Text("descriptionEn"), r.List("members") ?? [])).ToList());
    }

    private static List<PackagedMethodology>? Methodologies(IReadOnlyDictionary<string, SheetTable> sheets, FieldErrors problems)
    {
        var rows = Rows(sheets, MethodologySheet, MethodologyColumns, problems);
        if (rows is null)
        {
            return null;
        }
        var peers = (Rows(sheets, PeerGroupSheet, PeerGroupColumns, problems) ?? [])
            .GroupBy(r => (r.Text("index"), r.Int("year"), r.Int("version")))
            .ToDictionary(g => g.Key, g => g.Select(r => new PeerGroup(r.Text("code") ?? "", r.Text("nameVi") ?? "", r.Text("nameEn") ?? "", r.List("units") ?? [])).ToList());
        return [.. rows.GroupBy(r => (r.Text("index"), r.Int("year"), r.Int("version"))).Select(version =>
        {
            var first = version.First();
            var pillars = version.GroupBy(r => r.Text("pillar") ?? "").Select(pillar =>
            {
                var head = pillar.First();
                return new PillarDefinition(pillar.Key, head.Text("pillarNameVi") ?? "", head.Text("pillarNameEn") ?? "", head.Double("pillarWeight") ?? 0,
                    [.. pillar.Select(r => new ComponentDefinition(r.Text("indicator"), r.Double("weight") ?? 0,
                        r.Enum("normalisation", Normalisation.MinMax), r.Double("target"), r.Text("componentCode"), r.Text("componentNameVi"), r.Text("componentNameEn")))],
                    head.Text("area"));
            }).ToList();
            var groups = peers.GetValueOrDefault(version.Key);
            return new PackagedMethodology(version.Key.Item1 ?? "", version.Key.Item2 ?? 0, version.Key.Item3 ?? 0,
                first.Enum("status", MethodologyStatus.Draft), first.Enum("peerLevel", UnitLevel.Province),
                new MethodologyRequest(first.Text("nameVi"), first.Text("nameEn"), first.Double("maxScore") ?? 100, first.Enum("missing", MissingValue.Zero),
                    pillars, groups is { Count: > 0 } ? groups : null, first.Text("source")));
        })];
    }

    /// <summary>The data rows of a sheet, its columns found by the field name at the end of each header; null when the workbook lacks the sheet.</summary>
    private static List<Cells>? Rows(IReadOnlyDictionary<string, SheetTable> sheets, string name, Column[] columns, FieldErrors problems)
    {
        if (!sheets.TryGetValue(name, out var sheet))
        {
            return null;
        }
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < sheet.Header.Count; c++)
        {
            var header = sheet.Header[c].Trim();
            var key = header.EndsWith(')') && header.LastIndexOf('(') is var open and >= 0 ? header[(open + 1)..^1] : header;
            if (columns.Any(column => column.Key == key))
            {
                positions[key] = c;
            }
        }
        foreach (var missing in columns.Where(c => !positions.ContainsKey(c.Key)))
        {
            problems.Add($"{name}: row 1", MetadataText.Texts.Format("MissingColumn", missing.Title));
        }
        return positions.Count < columns.Length ? [] : [.. sheet.Rows.Select(r => new Cells(name, r, positions, problems))];
    }

    /// <summary>One row's cells by field name; a cell that cannot be read is recorded as a problem at its sheet, row and column.</summary>
    private sealed class Cells(string sheet, SheetRow row, Dictionary<string, int> positions, FieldErrors problems)
    {
        private SheetCell Cell(string key) => row[positions[key]];

        private void Problem(string key, string message) =>
            problems.Add($"{sheet}: {ValueSheet.Where(row.Number, positions[key] + 1, key)}", message);

        public string? Text(string key) => Cell(key) is { IsBlank: false } cell ? cell.Text.Trim() : null;

        public string[]? List(string key) =>
            Text(key)?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public decimal? Number(string key)
        {
            var cell = Cell(key);
            if (cell.IsBlank)
            {
                return null;
            }
            if (cell.Number is { } number || decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
            Problem(key, MetadataText.Texts.Format("NotANumber", cell.Text));
            return null;
        }

        public double? Double(string key) => Number(key) is { } number ? (double)number : null;

        public int? Int(string key) => Number(key) is { } number && number == decimal.Truncate(number) ? (int)number : null;

        public bool Bool(string key) => Text(key)?.ToLowerInvariant() is "true" or "1" or "có" or "x";

        public DateOnly? Date(string key)
        {
            var cell = Cell(key);
            if (cell.IsBlank)
            {
                return null;
            }
            if (cell.Number is { } serial && serial is > 0 and < 2_958_466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate((double)serial));
            }
            if (DateOnly.TryParseExact(cell.Text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            Problem(key, ApiText.Texts.Format("NotADate", cell.Text));
            return null;
        }

        public ConditionRequest? Condition(string key) =>
            Text(key) is { } text ? ConditionRequest.Parse(text) ?? new ConditionRequest(text, 0) : null;

        public T Enum<T>(string key, T fallback) where T : struct, System.Enum
        {
            var text = Text(key);
            if (text is null)
            {
                return fallback;
            }
            if (System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _))
            {
                return value;
            }
            Problem(key, ApiText.Texts.Format("NotOneOf", text, string.Join(", ", System.Enum.GetNames<T>())));
            return fallback;
        }
    }
}
