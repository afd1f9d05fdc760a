using System.Globalization;
using System.Security.Claims;
using ClosedXML.Excel;
using DxMonitor.Data;
using DxMonitor.Web.ImportExport;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Dossiers;

/// <summary>The late-dossier list as a file, with Vietnamese headers: CSV (UTF-8 with BOM) or an Excel workbook.</summary>
public static class LateExport
{
    private static readonly string[] Headers =
        ["Mã đơn vị", "Đơn vị", "Mã hồ sơ", "Mã thủ tục", "Kênh", "Trạng thái", "Tiếp nhận (giờ VN)", "Hạn trả (giờ VN)",
         "Hoàn thành (giờ VN)", "Số ngày quá hạn", "Đã giải trình", "Lý do", "Biện pháp khắc phục", "Người giải trình"];

    /// <param name="unit">Unit code: its dossiers and its descendants'.</param>
    /// <param name="period">Dossiers due within this period.</param>
    /// <param name="procedure">Procedure code.</param>
    /// <param name="explained">true or false.</param>
    /// <param name="open">true: open past due; false: resolved late.</param>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Csv(
        string? unit, string? period, string? procedure, bool? explained, bool? open, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var rows = await RowsAsync(new(unit, period, procedure, explained, open, null), user, db, clock, ct);
        return rows is null ? DossiersApi.Denied(new DossierAccessDeniedException(unit ?? "")) : TableExport.Csv("ho-so-cham-muon.csv", Headers, rows);
    }

    /// <param name="unit">Unit code: its dossiers and its descendants'.</param>
    /// <param name="period">Dossiers due within this period.</param>
    /// <param name="procedure">Procedure code.</param>
    /// <param name="explained">true or false.</param>
    /// <param name="open">true: open past due; false: resolved late.</param>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Xlsx(
        string? unit, string? period, string? procedure, bool? explained, bool? open, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var rows = await RowsAsync(new(unit, period, procedure, explained, open, null), user, db, clock, ct);
        if (rows is null)
        {
            return DossiersApi.Denied(new DossierAccessDeniedException(unit ?? ""));
        }
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Hồ sơ chậm muộn");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
            sheet.Column(c + 1).Width = c is 1 or 11 or 12 ? 40 : 18;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                if (row[c] is int number)
                {
                    cell.SetValue(number);
                }
                else if (row[c] is string text)
                {
                    cell.SetValue(text);
                    cell.DataType = XLDataType.Text;
                }
            }
            r++;
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return TypedResults.File(stream.ToArray(), XlsxFormat.ContentType, "ho-so-cham-muon.xlsx");
    }

    private static async Task<List<IReadOnlyList<object?>>?> RowsAsync(
        DossierQueries.LateFilter filter, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            var access = await DossiersApi.AccessAsync(user, db, ct);
            var late = await DossierQueries.LateAsync(access, filter, db, clock, ct);
            return [.. late.Select(d => (IReadOnlyList<object?>)[d.Unit, d.UnitNameVi, d.DossierId, d.Procedure, d.Channel, d.Status,
                Local(d.ReceivedAt), Local(d.DueAt), d.FinishedAt is { } f ? Local(f) : null, d.DaysOverdue,
                d.Explained ? "Có" : "Chưa", d.Reason, d.Remedy, d.ExplainedBy])];
        }
        catch (DossierAccessDeniedException)
        {
            return null;
        }
    }

    private static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, Domain.Periods.VietnamCalendar.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
