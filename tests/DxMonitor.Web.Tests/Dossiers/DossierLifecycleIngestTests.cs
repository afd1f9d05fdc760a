using System.Net;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Dossiers;

/// <summary>
/// Dossiers sent with their lifecycle (supplements, paused days, national portal, digitised input): stored on both
/// databases; one sent without a due time gets the one its procedure's statutory limit gives, paused days excluded.
/// </summary>
public sealed class DossierLifecycleIngestTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Lifecycle = Header + ",supplements,paused_days,national_portal,synced,digitised_input,reused_data";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_dossier_without_a_due_time_is_judged_by_its_procedures_limit_with_the_days_waiting_for_the_applicant_left_out(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: $"mot.cua.vong.doi.{provider}"));
        var procedure = $"1.LIFE.{provider}";
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"/api/v1/procedures/P01/{procedure}", new
        {
            name = "Cấp giấy phép thử nghiệm vòng đời hồ sơ",
            onlineLevel = "một phần",
            hasFee = false,
            paperResult = true,
            timeLimitDays = 5,
            validFrom = "2024-01-01",
        }));
        // Received Monday 3 March 2025, 5 working days: due Monday 10 March; with 2 days waiting for the applicant, Wednesday 12.
        var file = Csv(Lifecycle,
            $"PAUSED-{provider},P01,{procedure},in_person,,2025-03-03 09:00,,2025-03-11 10:00,finished,,,2,2,có,true,true,false",
            $"PLAIN-{provider},P01,{procedure},in_person,,2025-03-03 09:00,,2025-03-11 10:00,finished,,,,,,,,",
            $"UNLISTED-{provider},P01,9.NOT.LISTED,in_person,,2025-03-03 09:00,,2025-04-30 10:00,finished,,,,,,,,",
            $"SENT-{provider},P01,{procedure},in_person,,2025-03-03 09:00,2025-03-20 17:00,2025-03-11 10:00,finished,,,,,,,,");

        var response = await UploadAsync(officer, file);
        var stored = await app.QueryAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Number.EndsWith(provider.ToString())).ToDictionaryAsync(d => d.Number.Split('-')[0]));

        await Problems.AssertOkAsync(response);
        Assert.Equal((new DateTime(2025, 3, 12, 16, 59, 59, DateTimeKind.Utc), DossierOutcome.OnTime, true), (stored["PAUSED"].DueAt, stored["PAUSED"].Outcome, stored["PAUSED"].DueFromStatute));
        Assert.Equal((new DateTime(2025, 3, 10, 16, 59, 59, DateTimeKind.Utc), DossierOutcome.Late), (stored["PLAIN"].DueAt, stored["PLAIN"].Outcome));
        Assert.Equal(((DateTime?)null, DossierOutcome.OnTime), (stored["UNLISTED"].DueAt, stored["UNLISTED"].Outcome)); // no limit known: never late
        Assert.Equal((new DateTime(2025, 3, 20, 10, 0, 0, DateTimeKind.Utc), false), (stored["SENT"].DueAt, stored["SENT"].DueFromStatute)); // a sent due time stands
        Assert.Equal((2, 2, true, true, true, false), (stored["PAUSED"].Supplements, stored["PAUSED"].PausedDays, stored["PAUSED"].NationalPortal,
            stored["PAUSED"].Synced, stored["PAUSED"].DigitisedInput, stored["PAUSED"].ReusedData));
        Assert.Equal((0, (bool?)null), (stored["PLAIN"].Supplements, stored["PLAIN"].NationalPortal));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lifecycle_fields_arrive_through_the_json_batch_and_a_bad_one_is_named_by_row_and_column_with_nothing_stored(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: $"mot.cua.lo.{provider}"));
        var number = $"JSON-{provider}";

        var batch = await officer.PostAsJsonAsync("/api/v1/dossiers/batch", new
        {
            dossiers = new[]
            {
                new
                {
                    dossierId = number, unit = "P01", procedure = "1.000001", channel = "online", onlineScope = "full", receivedAt = "2025-05-05 08:00", dueAt = (string?)null, finishedAt = (string?)null,
                    status = "suspended", supplements = 1, pausedDays = 3, nationalPortal = true, reusedData = true,
                },
            },
        });
        await Problems.AssertOkAsync(batch);
        var bad = await UploadAsync(officer, Csv(Lifecycle, $"BAD-{provider},P01,1.000001,in_person,,2025-03-03 09:00,,,received,,,-1,,,,,"));
        var json = await app.QueryAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Number == number));

        Assert.Equal((DossierStatus.Suspended, 1, 3, true, true, (bool?)null), (json.Status, json.Supplements, json.PausedDays, json.NationalPortal, json.ReusedData, json.Synced));
        await Problems.AssertFieldErrorAsync(bad, HttpStatusCode.UnprocessableEntity, "row 2, column L (supplements)", "-1");
        Assert.Equal(0, await app.QueryAsync(db => db.Dossiers.CountAsync(d => d.Number == $"BAD-{provider}")));
    }
}
