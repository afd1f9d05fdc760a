using System.Net;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.ImportExport;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Feedback;

/// <summary>
/// Feedback and ratings, the satisfaction inputs of the 766 index: imported whole or not at all with each bad cell named,
/// refused for another unit, and counted per unit and month (on time, overdue at the month's end, satisfied share).
/// </summary>
public sealed class FeedbackAndRatingsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string FeedbackHeader = "feedback_id,unit,received_at,due_at,answered_at";
    private const string RatingHeader = "Mã hồ sơ,Mã đơn vị,Thời điểm đánh giá,Mức độ hài lòng";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_units_feedback_and_ratings_are_counted_for_the_month_the_way_the_index_reads_them(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P46", user: $"pakn.hue.{provider}"));
        var tag = provider.ToString();
        // March 2025 in Huế: A answered on time, B answered late, C unanswered and past due at the month's end,
        // D unanswered but not due yet; E was received in February and is still unanswered past due (overdue, not received in March).
        var feedback = ImportFiles.Csv(FeedbackHeader,
            $"A-{tag},P46,2025-03-03 09:00,2025-03-10,2025-03-07 15:00",
            $"B-{tag},P46,2025-03-04 09:00,2025-03-11,2025-03-20 10:00",
            $"C-{tag},P46,2025-03-05 09:00,2025-03-20,",
            $"D-{tag},P46,2025-03-28 09:00,2025-04-10,",
            $"E-{tag},P46,2025-02-20 09:00,2025-03-05,");
        var ratings = ImportFiles.Csv(RatingHeader,
            $"HS1-{tag},P46,2025-03-10 10:00,rất hài lòng",
            $"HS2-{tag},P46,2025-03-11 10:00,satisfied",
            $"HS3-{tag},P46,2025-03-12 10:00,không hài lòng",
            $"HS4-{tag},P46,2025-03-13 10:00,Hài lòng");

        var storedFeedback = await Problems.AssertOkAsync(await ImportFiles.UploadToAsync(officer, "/api/v1/feedback/import", "pakn.csv", feedback));
        var storedRatings = await Problems.AssertOkAsync(await ImportFiles.UploadToAsync(officer, "/api/v1/ratings/import", "danh-gia.csv", ratings));
        var resent = await Problems.AssertOkAsync(await ImportFiles.UploadToAsync(officer, "/api/v1/feedback/import", "pakn.csv", feedback));
        var figures = await Problems.AssertOkAsync(await officer.GetAsync("/api/v1/feedback/figures?unit=P46&month=2025M03"));

        Assert.Equal((5, 5, 0), (storedFeedback.GetProperty("rows").GetInt32(), storedFeedback.GetProperty("created").GetInt32(), storedFeedback.GetProperty("updated").GetInt32()));
        Assert.Equal((0, 5), (resent.GetProperty("created").GetInt32(), resent.GetProperty("updated").GetInt32()));
        Assert.Equal(4, storedRatings.GetProperty("created").GetInt32());
        Assert.Equal((4, 2, 1, 2), (figures.GetProperty("received").GetInt32(), figures.GetProperty("answered").GetInt32(),
            figures.GetProperty("answeredOnTime").GetInt32(), figures.GetProperty("overdueUnanswered").GetInt32()));
        Assert.Equal((4, 1, 2, 1), (figures.GetProperty("ratings").GetInt32(), figures.GetProperty("verySatisfied").GetInt32(),
            figures.GetProperty("satisfied").GetInt32(), figures.GetProperty("dissatisfied").GetInt32()));
        Assert.Equal(75m, figures.GetProperty("satisfiedShare").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_month_without_ratings_shows_the_share_as_missing_not_zero(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P48", user: $"pakn.da.nang.{provider}"));

        var figures = await Problems.AssertOkAsync(await officer.GetAsync("/api/v1/feedback/figures?unit=P48&month=2024M01"));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, figures.GetProperty("satisfiedShare").ValueKind);
        Assert.Equal(0, figures.GetProperty("ratings").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_bad_file_is_refused_whole_each_cell_named_and_another_units_rows_are_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: $"pakn.ha.noi.{provider}"));
        var other = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P04", user: $"pakn.cao.bang.{provider}"));
        var tag = provider.ToString();

        var bad = await ImportFiles.UploadToAsync(officer, "/api/v1/feedback/import", "pakn.csv", ImportFiles.Csv(FeedbackHeader,
            $"OK-{tag},P01,2025-03-03 09:00,2025-03-10,",
            $"LATE-{tag},P01,2025-03-05 09:00,,2025-03-01 10:00",
            $"BAD-{tag},P01,hôm qua,,"));
        var badRating = await ImportFiles.UploadToAsync(officer, "/api/v1/ratings/import", "danh-gia.csv", ImportFiles.Csv(RatingHeader,
            $"HS-{tag},P01,2025-03-10 10:00,tạm được"));
        var notTheirs = await ImportFiles.UploadToAsync(other, "/api/v1/feedback/import", "pakn.csv", ImportFiles.Csv(FeedbackHeader,
            $"X-{tag},P01,2025-03-03 09:00,,"));
        var readOther = await other.GetAsync("/api/v1/feedback/figures?unit=P01&month=2025M03");

        await Problems.AssertFieldErrorAsync(bad, HttpStatusCode.UnprocessableEntity, "row 3, column E (answered_at)", "");
        await Problems.AssertFieldErrorAsync(await ImportFiles.UploadToAsync(officer, "/api/v1/feedback/import", "pakn.csv", ImportFiles.Csv(FeedbackHeader,
            $"BAD-{tag},P01,hôm qua,,")), HttpStatusCode.UnprocessableEntity, "row 2, column C (received_at)", "hôm qua");
        await Problems.AssertFieldErrorAsync(badRating, HttpStatusCode.UnprocessableEntity, "row 2, column D (satisfaction)", "tạm được");
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOther.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Feedback.CountAsync(f => f.Number.EndsWith(tag))));
    }
}
