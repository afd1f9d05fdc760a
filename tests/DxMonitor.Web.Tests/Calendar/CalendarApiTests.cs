using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Calendar;

public sealed class CalendarApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static JsonElement Day(JsonElement year, string date) =>
        year.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == date);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Anyone_reads_a_years_holidays_by_the_lunar_calendar_with_compensatory_days(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var year = await Problems.AssertOkAsync(await app.Client().GetAsync("/api/v1/calendar/2024"));

        Assert.Equal("Tết Âm lịch", Day(year, "2024-02-09").GetProperty("name").GetString());
        Assert.Equal("LunarNewYear", Day(year, "2024-02-13").GetProperty("holiday").GetString());
        Assert.Equal("Giỗ Tổ Hùng Vương", Day(year, "2024-04-18").GetProperty("name").GetString());
        Assert.Equal("Compensatory", Day(year, "2024-09-03").GetProperty("holiday").GetString());
        Assert.False(Day(year, "2024-09-03").GetProperty("isWorkingDay").GetBoolean());
        // 366 days, 104 weekend days, 11 holidays of which 3 on weekends each gave a compensatory weekday (10 + 3 off).
        Assert.Equal(366 - 104 - 8 - 3, year.GetProperty("workingDays").GetInt32());

        Assert.Equal("Hung Kings' Commemoration Day", Day(await Problems.AssertOkAsync(await app.Client().GetAsync("/api/v1/calendar/2024?culture=en-US")), "2024-04-18")
            .GetProperty("name").GetString());
        await Problems.AssertFieldErrorAsync(await app.Client().GetAsync("/api/v1/calendar/1890"), HttpStatusCode.UnprocessableEntity, "year", "2000");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_enters_the_governments_announcement_which_is_audited_and_can_be_undone(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.lich"));
        const string Reason = "Thông báo 6150/TB-BNV: hoán đổi ngày làm việc dịp Tết Nguyên đán";

        var off = await Problems.AssertOkAsync(await admin.PutAsJsonAsync("/api/v1/calendar/days/2027-02-12", new { isWorkingDay = false, reason = Reason }));
        var worked = await Problems.AssertOkAsync(await admin.PutAsJsonAsync("/api/v1/calendar/days/2027-02-20", new { isWorkingDay = true, reason = "Làm bù" }));
        var year = await Problems.AssertOkAsync(await app.Client().GetAsync("/api/v1/calendar/2027"));

        Assert.Equal(("Announced", Reason, true), (off.GetProperty("holiday").GetString(), off.GetProperty("name").GetString(), off.GetProperty("adjusted").GetBoolean()));
        Assert.True(worked.GetProperty("isWorkingDay").GetBoolean());
        Assert.False(Day(year, "2027-02-12").GetProperty("isWorkingDay").GetBoolean());
        Assert.True(Day(year, "2027-02-20").GetProperty("isWorkingDay").GetBoolean());

        await Problems.AssertOkAsync(await admin.PutAsJsonAsync("/api/v1/calendar/days/2027-02-12", new { isWorkingDay = true, reason = "Đính chính" }));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/calendar/days/2027-02-20")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/calendar/days/2027-02-20")).StatusCode);
        var after = await Problems.AssertOkAsync(await app.Client().GetAsync("/api/v1/calendar/2027"));
        Assert.DoesNotContain(after.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2027-02-20");

        var changes = await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject.StartsWith("calendar/2027-02-")).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(["Created", "Created", "Updated", "Deleted"], changes.Select(c => c.Action));
        Assert.All(changes, c => Assert.Equal("quan.tri.lich", c.ChangedBy));
        Assert.Contains(Reason, changes[0].NewValues, StringComparison.Ordinal);
        Assert.Contains("Đính chính", changes[2].NewValues, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_administrators_adjust_and_bad_input_names_its_field_and_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator));
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var body = new { isWorkingDay = false, reason = "Nghỉ thêm" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PutAsJsonAsync("/api/v1/calendar/days/2028-03-03", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync("/api/v1/calendar/days/2028-03-03", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.DeleteAsync("/api/v1/calendar/days/2028-03-03")).StatusCode);
        await Problems.AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/v1/calendar/days/03-03-2028", body), HttpStatusCode.UnprocessableEntity, "date", "2026-02-16");
        await Problems.AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/v1/calendar/days/2028-03-03", new { isWorkingDay = false, reason = "  " }),
            HttpStatusCode.UnprocessableEntity, "reason", "Give the reason");
        await Problems.AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/v1/calendar/days/2028-03-03", new { reason = "Nghỉ thêm" }),
            HttpStatusCode.BadRequest, "body", "isWorkingDay");
        await Problems.AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/v1/calendar/days/2028-03-03", new { isWorkingDay = false, reason = new string('x', 201) }),
            HttpStatusCode.UnprocessableEntity, "reason", "200");

        Assert.Equal(0, await app.QueryAsync(db => db.CalendarAdjustments.CountAsync(a => a.Date.Year == 2028)));
    }
}
