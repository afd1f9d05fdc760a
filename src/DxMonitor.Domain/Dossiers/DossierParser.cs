using System.Globalization;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// Checks a dossier's fields and makes the dossier: every problem is reported with the column key it is in.
/// Times are ISO 8601; one with an offset (<c>2025-03-31T16:30:00Z</c>, <c>…+07:00</c>) is that instant, one
/// without (<c>2025-03-31 23:30</c>) is Vietnamese local time; a due date without a time means the end of that
/// day in Vietnam.
/// </summary>
public static class DossierParser
{
    public sealed record Result(Dossier? Dossier, string UnitCode, IReadOnlyList<FieldProblem> Problems);

    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

    private static readonly string[] OffsetFormats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK"];

    /// <summary>Parses and checks; <paramref name="nowUtc"/> bounds the times (a dossier received tomorrow is an error).</summary>
    public static Result Parse(DossierFields fields, DateTime nowUtc)
    {
        var problems = new List<FieldProblem>();
        var number = Code(fields.DossierId, DossierColumns.DossierId, problems);
        var unit = Code(fields.Unit, DossierColumns.Unit, problems);
        var procedure = Code(fields.Procedure, DossierColumns.Procedure, problems);
        var channel = Choice(fields.Channel, DossierColumns.Channel, Channels, problems);
        var scope = Choice(fields.OnlineScope, DossierColumns.OnlineScope, Scopes, problems);
        var status = Choice(fields.Status, DossierColumns.Status, Statuses, problems);
        var received = Time(fields.ReceivedAt, DossierColumns.ReceivedAt, endOfDay: false, problems);
        var due = Time(fields.DueAt, DossierColumns.DueAt, endOfDay: true, problems);
        var finished = Time(fields.FinishedAt, DossierColumns.FinishedAt, endOfDay: false, problems);
        var paid = YesNo(fields.PaidOnline, DossierColumns.PaidOnline, problems);
        var digitised = YesNo(fields.Digitised, DossierColumns.Digitised, problems);
        var lifecycle = new DossierLifecycle(
            Count(fields.Supplements, DossierColumns.Supplements, DossierLifecycle.MaxSupplements, problems) ?? 0,
            Count(fields.PausedDays, DossierColumns.PausedDays, DossierLifecycle.MaxPausedDays, problems),
            YesNo(fields.NationalPortal, DossierColumns.NationalPortal, problems),
            YesNo(fields.Synced, DossierColumns.Synced, problems),
            YesNo(fields.DigitisedInput, DossierColumns.DigitisedInput, problems),
            YesNo(fields.ReusedData, DossierColumns.ReusedData, problems));

        if (channel == DossierChannel.Online && string.IsNullOrWhiteSpace(fields.OnlineScope))
        {
            problems.Add(new(DossierColumns.OnlineScope.Key, DossierText.Texts.Format("ScopeNeeded")));
        }
        if (channel is { } offline && offline != DossierChannel.Online && scope is not null)
        {
            problems.Add(new(DossierColumns.OnlineScope.Key, DossierText.Texts.Format("ScopeOnlyOnline")));
        }
        if (received is { } r && r > nowUtc.AddHours(1))
        {
            problems.Add(new(DossierColumns.ReceivedAt.Key, DossierText.Texts.Format("InFuture", Show(r))));
        }
        if (finished is { } f && f > nowUtc.AddHours(1))
        {
            problems.Add(new(DossierColumns.FinishedAt.Key, DossierText.Texts.Format("InFuture", Show(f))));
        }
        if (received is { } start && due is { } end && end < start)
        {
            problems.Add(new(DossierColumns.DueAt.Key, DossierText.Texts.Format("DueBeforeReceived", Show(end), Show(start))));
        }
        if (received is { } from && finished is { } to && to < from)
        {
            problems.Add(new(DossierColumns.FinishedAt.Key, DossierText.Texts.Format("ClosedBeforeReceived", Show(to), Show(from))));
        }
        if (status is { } s && finished is null && !DossierTiming.IsOpen(s) && string.IsNullOrWhiteSpace(fields.FinishedAt))
        {
            problems.Add(new(DossierColumns.FinishedAt.Key, DossierText.Texts.Format("ClosedNeedsTime", Key(s))));
        }
        if (status is { } open && finished is not null && DossierTiming.IsOpen(open))
        {
            problems.Add(new(DossierColumns.FinishedAt.Key, DossierText.Texts.Format("OpenHasNoFinish", Key(open))));
        }
        if (problems.Count > 0 || number is null || procedure is null || channel is null || status is null || received is null)
        {
            return new(null, unit ?? "", problems);
        }
        var dossier = Dossier.Create(number, procedure, channel.Value, scope, received.Value, due, finished, status.Value, paid, digitised ?? false, lifecycle);
        return new(dossier, unit ?? "", problems);
    }

    public static string Key(DossierStatus status) => Statuses.First(s => s.Value == status && s.Key.All(char.IsAscii)).Key;

    public static string Key(DossierChannel channel) => Channels.First(s => s.Value == channel && s.Key.All(char.IsAscii)).Key;

    private static readonly Dictionary<string, DossierChannel> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["online"] = DossierChannel.Online,
        ["in_person"] = DossierChannel.InPerson,
        ["post"] = DossierChannel.Post,
        ["trực tuyến"] = DossierChannel.Online,
        ["trực tiếp"] = DossierChannel.InPerson,
        ["bưu chính"] = DossierChannel.Post,
    };

    private static readonly Dictionary<string, OnlineScope> Scopes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["full"] = OnlineScope.Full,
        ["partial"] = OnlineScope.Partial,
        ["toàn trình"] = OnlineScope.Full,
        ["một phần"] = OnlineScope.Partial,
    };

    private static readonly Dictionary<string, DossierStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["received"] = DossierStatus.Received,
        ["processing"] = DossierStatus.Processing,
        ["supplementing"] = DossierStatus.Supplementing,
        ["finished"] = DossierStatus.Finished,
        ["rejected"] = DossierStatus.Rejected,
        ["withdrawn"] = DossierStatus.Withdrawn,
        ["suspended"] = DossierStatus.Suspended,
        ["mới tiếp nhận"] = DossierStatus.Received,
        ["đang xử lý"] = DossierStatus.Processing,
        ["chờ bổ sung"] = DossierStatus.Supplementing,
        ["đã trả kết quả"] = DossierStatus.Finished,
        ["từ chối"] = DossierStatus.Rejected,
        ["đã rút"] = DossierStatus.Withdrawn,
        ["tạm dừng"] = DossierStatus.Suspended,
    };

    private static string? Code(string? text, DossierColumns.Column column, List<FieldProblem> problems)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            problems.Add(new(column.Key, DossierText.Texts.Format("Required", column.Header, column.Key)));
            return null;
        }
        if (value.Length > Dossier.MaxNumberLength || value.Any(char.IsControl))
        {
            problems.Add(new(column.Key, DossierText.Texts.Format("NotACode", Clip(value), Dossier.MaxNumberLength)));
            return null;
        }
        return value.Normalize(System.Text.NormalizationForm.FormC);
    }

    private static T? Choice<T>(string? text, DossierColumns.Column column, Dictionary<string, T> words, List<FieldProblem> problems)
        where T : struct, Enum
    {
        var value = text?.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (string.IsNullOrEmpty(value))
        {
            if (column.Required)
            {
                problems.Add(new(column.Key, DossierText.Texts.Format("Required", column.Header, column.Key)));
            }
            return null;
        }
        if (words.TryGetValue(value, out var choice))
        {
            return choice;
        }
        problems.Add(new(column.Key, DossierText.Texts.Format("NotOneOf", Clip(value), string.Join(", ", words.Keys.Where(k => k.All(char.IsAscii))))));
        return null;
    }

    /// <summary>A time as the dossier columns take it (ISO 8601, Vietnam time without an offset), for the other records of one-stop systems.</summary>
    public static DateTime? Time(string? text, string key, string header, bool required, bool endOfDay, List<FieldProblem> problems) =>
        Time(text, new DossierColumns.Column(key, header, required, _ => null), endOfDay, problems);

    private static DateTime? Time(string? text, DossierColumns.Column column, bool endOfDay, List<FieldProblem> problems)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (column.Required)
            {
                problems.Add(new(column.Key, DossierText.Texts.Format("Required", column.Header, column.Key)));
            }
            return null;
        }
        if (IsoTime.TryParse(value, out var fast, out _))
        {
            return fast;
        }
        var zone = VietnamCalendar.Zone;
        var invariant = CultureInfo.InvariantCulture;
        if (endOfDay && DateOnly.TryParseExact(value, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            return TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 59, 59)), zone);
        }
        if (DateTime.TryParseExact(value, LocalFormats, invariant, DateTimeStyles.None, out var local)
            && local.Year is >= 1990 and <= 2100)
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }
        if (DateTimeOffset.TryParseExact(value, OffsetFormats, invariant, DateTimeStyles.None, out var instant)
            && instant.Year is >= 1990 and <= 2100)
        {
            return instant.UtcDateTime;
        }
        problems.Add(new(column.Key, DossierText.Texts.Format("NotATime", Clip(value))));
        return null;
    }

    /// <summary>A whole number from 0 to <paramref name="max"/>; blank is null.</summary>
    private static int? Count(string? text, DossierColumns.Column column, int max, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
        {
            return value;
        }
        problems.Add(new(column.Key, DossierText.Texts.Format("NotACount", Clip(text.Trim()), max)));
        return null;
    }

    private static bool? YesNo(string? text, DossierColumns.Column column, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Text.YesNo.TryParse(text, out var value))
        {
            return value;
        }
        problems.Add(new(column.Key, DossierText.Texts.Format("NotYesNo", Clip(text))));
        return null;
    }

    private static string Show(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, VietnamCalendar.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " (UTC+7)";

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
