using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Tests.Dossiers;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Dossiers;

public sealed class DossierIngestTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static Task<int> CountAsync(TestApp app) => app.QueryAsync(db => db.Dossiers.CountAsync());

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_upload_stores_the_set_resending_updates_and_figures_become_indicator_values(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var first = await UploadAsync(client, SampleCsv());
        var changed = SampleDossiers.Fields[3] with { Status = "finished", FinishedAt = "2025-06-01 08:00" };
        var again = await UploadAsync(client, Csv(Header, Line(changed)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var result = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(8, result.GetProperty("rows").GetInt32());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(8, await CountAsync(app));

        var figures = await client.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/figures?unit=P01&period=2025Q2");
        // Q2 2025 in Hà Nội: B, D, E, F, G received (B at 00:00 on 1 April Vietnam time); C, D and E resolved late;
        // B on time (no due date); G open past its due date at the end of June.
        Assert.Equal((5, 4, 1, 3, 1), (figures.GetProperty("received").GetInt32(), figures.GetProperty("finished").GetInt32(),
            figures.GetProperty("onTime").GetInt32(), figures.GetProperty("late").GetInt32(), figures.GetProperty("overdueOpen").GetInt32()));
        Assert.Equal(20m, figures.GetProperty("onlineShare").GetDecimal());
        Assert.Equal(25m, figures.GetProperty("onTimeShare").GetDecimal());

        var total = await client.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.DOSSIERS_TOTAL/P01/2025Q2");
        var rate = await client.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.ONLINE_DOSSIER_RATE/P01/2025Q1");
        Assert.Equal(5m, total.GetProperty("value").GetDecimal());
        Assert.Equal(100m, rate.GetProperty("value").GetDecimal());
        var history = await client.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.DOSSIERS_LATE/P01/2025Q2/history");
        Assert.NotEqual(0, history.GetArrayLength());
    }

    [Fact]
    public async Task Json_batches_and_ndjson_streams_store_the_same_way_and_name_json_fields()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var items = SampleDossiers.Fields.Select(f => new
        {
            dossierId = "J-" + f.DossierId,
            unit = f.Unit,
            procedure = f.Procedure,
            channel = f.Channel,
            onlineScope = f.OnlineScope is { Length: > 0 } s ? s : null,
            receivedAt = f.ReceivedAt,
            dueAt = f.DueAt is { Length: > 0 } d ? d : null,
            finishedAt = f.FinishedAt is { Length: > 0 } e ? e : null,
            status = f.Status,
            paidOnline = f.PaidOnline == "true" ? true : f.PaidOnline == "false" ? false : (bool?)null,
        }).ToList();

        var bad = await client.PostAsJsonAsync("/api/v1/dossiers/batch", new { dossiers = new[] { items[0], items[1] with { receivedAt = "31/03/2025" } } });
        var good = await client.PostAsJsonAsync("/api/v1/dossiers/batch", new { dossiers = items });
        var ndjson = string.Join('\n', items.Select(i => JsonSerializer.Serialize(i with { dossierId = "N" + i.dossierId })));
        var streamed = await StreamAsync(client, new MemoryStream(Encoding.UTF8.GetBytes(ndjson)), "application/x-ndjson");
        var notJson = await StreamAsync(client, new MemoryStream(Encoding.UTF8.GetBytes("{\"dossierId\": 1}")), "application/x-ndjson");

        await Problems.AssertFieldErrorAsync(bad, HttpStatusCode.UnprocessableEntity, "dossiers[1].receivedAt", "is not a time");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.OK, streamed.StatusCode);
        var problem = await Problems.AssertProblemAsync(notJson, HttpStatusCode.BadRequest);
        Assert.Contains("Line 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(16, await app.QueryAsync(db => db.Dossiers.CountAsync(d => d.Number.StartsWith("J-") || d.Number.StartsWith("NJ-"))));
    }

    public static TheoryData<string, byte[], HttpStatusCode, string, string> BadFiles => new()
    {
        { "wrong columns", Csv("dossier_id,unit,procedure,kênh,received_at,status", "A,P01,1.1,online,2025-03-01 08:00,received"), HttpStatusCode.BadRequest, "row 1, column D", "Unknown column 'kênh'" },
        { "missing columns", Csv("dossier_id,unit,status", "A,P01,received"), HttpStatusCode.BadRequest, "columns", "Thời điểm tiếp nhận (received_at)" },
        { "bad date", Csv(Header, Line(SampleDossiers.Fields[0]), Line(SampleDossiers.Fields[1] with { ReceivedAt = "2025-02-30 10:00" })), HttpStatusCode.UnprocessableEntity, "row 3, column F (received_at)", "'2025-02-30 10:00' is not a time" },
        { "due before received", Csv(Header, Line(SampleDossiers.Fields[2] with { DueAt = "2025-01-01 10:00" })), HttpStatusCode.UnprocessableEntity, "row 2, column G (due_at)", "before the dossier was received" },
        { "duplicate id", Csv(Header, Line(SampleDossiers.Fields[0]), Line(SampleDossiers.Fields[1]), Line(SampleDossiers.Fields[0] with { Status = "finished" })), HttpStatusCode.UnprocessableEntity, "row 4, column A (dossier_id)", "already given in row 2" },
        { "unknown unit", Csv(Header, Line(SampleDossiers.Fields[0] with { Unit = "P99" })), HttpStatusCode.UnprocessableEntity, "row 2, column B (unit)", "No unit has the code 'P99'" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public async Task Bad_files_are_answered_row_and_column_and_store_nothing(string name, byte[] file, HttpStatusCode status, string field, string fragment)
    {
        var app = await apps.GetAsync(DatabaseProvider.Postgres);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var before = await CountAsync(app);

        var response = await UploadAsync(client, file, $"{name}.csv");

        await Problems.AssertFieldErrorAsync(response, status, field, fragment);
        Assert.Equal(before, await CountAsync(app));
    }

    public static TheoryData<byte[], string> UnreadableFiles => new()
    {
        { [], "empty" },
        { [0xEF, 0xBB, 0xBF, 0x64, 0xE3, 0x20, 0xFF, 0xFE], "not UTF-8" },
        { Csv(Header, "A,P01,\"1.1"), "not closed" },
    };

    [Theory, MemberData(nameof(UnreadableFiles))]
    public async Task Unreadable_files_are_a_clear_400(byte[] file, string fragment)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var problem = await Problems.AssertProblemAsync(await UploadAsync(client, file), HttpStatusCode.BadRequest);

        Assert.Contains(fragment, problem.ToString(), StringComparison.Ordinal);
    }
}
