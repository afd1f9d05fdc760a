using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Domain.Tests.Dossiers;

public sealed class DossierParserTests
{
    private static readonly DateTime Now = SampleDossiers.Now;

    private static DossierFields Valid => new("HS-001", "P01", "1.001234", "online", "full", "2025-03-10 09:00",
        "2025-03-15 17:00", "2025-03-14 10:00", "finished", "có", "không");

    [Fact]
    public void A_valid_row_becomes_a_dossier_in_utc_with_its_vietnamese_month()
    {
        var result = DossierParser.Parse(Valid, Now);

        Assert.Empty(result.Problems);
        var dossier = Assert.IsType<Dossier>(result.Dossier);
        Assert.Equal("P01", result.UnitCode);
        Assert.Equal(new DateTime(2025, 3, 10, 2, 0, 0, DateTimeKind.Utc), dossier.ReceivedAt);
        Assert.Equal(202503, dossier.ReceivedMonth);
        Assert.Equal(OnlineScope.Full, dossier.Scope);
        Assert.True(dossier.PaidOnline);
        Assert.False(dossier.Digitised);
        Assert.Equal(DossierOutcome.OnTime, dossier.Outcome);
    }

    public static TheoryData<DossierFields, string, string> BadRows => new()
    {
        { Valid with { ReceivedAt = "31/03/2025" }, "received_at", "is not a time" },
        { Valid with { ReceivedAt = "2025-02-30 10:00" }, "received_at", "is not a time" },
        { Valid with { ReceivedAt = "" }, "received_at", "is required" },
        { Valid with { ReceivedAt = "2025-07-01 10:00" }, "received_at", "in the future" },
        { Valid with { DueAt = "2025-03-01 10:00" }, "due_at", "before the dossier was received" },
        { Valid with { FinishedAt = "2025-03-01 10:00" }, "finished_at", "before it was received" },
        { Valid with { FinishedAt = "" }, "finished_at", "needs the time it was closed" },
        { Valid with { Status = "processing" }, "finished_at", "still open" },
        { Valid with { Status = "done" }, "status", "is not one of" },
        { Valid with { Channel = "fax" }, "channel", "is not one of" },
        { Valid with { OnlineScope = "" }, "online_scope", "needs its scope" },
        { Valid with { Channel = "in_person" }, "online_scope", "Only an online dossier" },
        { Valid with { PaidOnline = "maybe" }, "paid_online", "is not yes or no" },
        { Valid with { DossierId = " " }, "dossier_id", "is required" },
        { Valid with { DossierId = new string('x', 65) }, "dossier_id", "at most 64" },
        { Valid with { Unit = null }, "unit", "is required" },
    };

    [Theory, MemberData(nameof(BadRows))]
    public void Each_bad_field_is_named(DossierFields fields, string column, string fragment)
    {
        var result = DossierParser.Parse(fields, Now);

        Assert.Null(result.Dossier);
        Assert.Contains(result.Problems, p => p.Field == column && p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Vietnamese_words_and_headers_are_understood()
    {
        var result = DossierParser.Parse(Valid with { Channel = "Trực tuyến", OnlineScope = "toàn trình", Status = "Đã trả kết quả" }, Now);

        Assert.Empty(result.Problems);
        Assert.Equal(DossierColumns.ReceivedAt, DossierColumns.Find(" Thời điểm tiếp nhận "));
        Assert.Equal(DossierColumns.DossierId, DossierColumns.Find("DOSSIER_ID"));
        Assert.Null(DossierColumns.Find("ngày nhận"));
    }

    [Fact]
    public void Midnight_in_vietnam_is_the_next_month()
    {
        Assert.Equal(202504, DossierMonth.Of(new DateTime(2025, 3, 31, 17, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(202503, DossierMonth.Of(new DateTime(2025, 3, 31, 16, 59, 59, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2025, 3, 31, 17, 0, 0, DateTimeKind.Utc), DossierMonth.StartUtc(202504));
        Assert.Equal(202601, DossierMonth.Next(202512));
    }

    [Theory]
    [InlineData("2025-03-31T16:30:00+07:00", "2025-03-31T09:30:00")]
    [InlineData("2025-03-31T16:30:00.25Z", "2025-03-31T16:30:00.25")]
    [InlineData("2025-03-31 16:30", "2025-03-31T09:30:00")]
    [InlineData("2025-01-01T00:00:00-05:30", "2025-01-01T05:30:00")]
    public void The_fast_reader_agrees_with_the_general_one(string text, string utc)
    {
        Assert.True(IsoTime.TryParse(text, out var parsed, out _));
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Theory]
    [InlineData("2025-02-29 10:00")]
    [InlineData("2025-03-31T24:00:00")]
    [InlineData("2025-03-31T10:00:00+7")]
    [InlineData("31/03/2025 10:00")]
    public void The_fast_reader_refuses_what_is_not_a_time(string text) => Assert.False(IsoTime.TryParse(text, out _, out _));

    [Fact]
    public void Vietnam_has_been_utc_plus_7_every_day_since_1990()
    {
        for (var day = new DateTime(1990, 1, 1, 12, 0, 0, DateTimeKind.Utc); day.Year < 2040; day = day.AddDays(1))
        {
            Assert.Equal(IsoTime.VietnamOffset, DxMonitor.Domain.Periods.VietnamCalendar.Zone.GetUtcOffset(day));
        }
    }
}
