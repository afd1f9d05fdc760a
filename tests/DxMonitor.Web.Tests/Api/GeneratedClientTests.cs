using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DxMonitor.Client;
using DxMonitor.Client.Models;
using DxMonitor.Web.Tests.Dossiers;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Role = DxMonitor.Domain.Access.Role;

namespace DxMonitor.Web.Tests.Api;

/// <summary>
/// The Kiota client generated from the document (src/DxMonitor.Client) drives the main flows against the real server:
/// what a province's system does. A route or shape the server no longer has fails here.
/// </summary>
[Collection(ApiDocumentFixture.Collection)]
public sealed class GeneratedClientTests(ApiDocumentFixture api)
{
    [Fact]
    public async Task A_province_writes_reports_streams_and_reads_rankings_through_the_generated_client()
    {
        var app = api.App;
        var officer = DxMonitorClients.Create(app.Address, await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.khcn.hanoi"));
        var analyst = DxMonitorClients.Create(app.Address, await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cuc"));
        var anyone = DxMonitorClients.Create(app.Address);

        await analyst.Api.V1.Rounds.PostAsync(new NewRound
        {
            Code = "R-CLIENT",
            TitleVi = "Báo cáo quý III/2025",
            Period = "2025Q3",
            Level = UnitLevel.Province,
            DueOn = new(2099, 10, 15),
            Indicators = ["PRV.MOBILE_SUBSCRIBERS", "PRV.HOUSEHOLDS"],
        });
        var written = await officer.Api.V1.Values["PRV.MOBILE_SUBSCRIBERS"]["P01"]["2025Q3"].PutAsync(new ValueWrite { Value = 1500, Comment = "Số liệu tổng hợp từ các xã" });
        var report = officer.Api.V1.Rounds["R-CLIENT"].Reports["P01"];
        await report.Entries.PutAsync(new EntriesWrite { Entries = [new EntryWrite { Indicator = "PRV.HOUSEHOLDS", Value = 9000 }] });
        var submitted = await report.Submit.PostAsync();
        var accepted = await analyst.Api.V1.Rounds["R-CLIENT"].Reports["P01"].Accept.PostAsync(new Remark { Text = "Đạt yêu cầu" });
        var csv = DossierFiles.SampleCsv("P01");
        var key = Guid.NewGuid().ToString();
        var streamed = await officer.Api.V1.Dossiers.Stream.PostAsync(new MemoryStream(csv), "text/csv", r => r.Headers.Add("Idempotency-Key", key));
        var retried = await officer.Api.V1.Dossiers.Stream.PostAsync(new MemoryStream(csv), "text/csv", r => r.Headers.Add("Idempotency-Key", key));
        var indexes = await anyone.Api.V1.Rankings.GetAsync();

        Assert.NotNull(written);
        Assert.Equal((ReportState.Submitted, ReportState.Accepted), (submitted?.State, accepted?.State));
        Assert.Equal((7L, 7L), (streamed?.Rows, retried?.Rows));
        Assert.Equal(1, await app.QueryAsync(db => db.DossierBatches.CountAsync())); // the retry was answered from the first
        await analyst.Api.V1.Values["PRV.SMARTPHONE_HOUSEHOLDS_RATE"]["P01"]["2024Q4"].PutAsync(new ValueWrite { Value = 91 });
        var ranking = await Eventually.MatchAsync(() => RankingAsync(analyst), r => r is not null, "the 2024 DTI-PRV ranking");
        Assert.Contains(indexes ?? [], i => i.Code == "DTI-PRV");
        Assert.Equal(("DTI-PRV", 2024), (ranking?.Index, ranking?.Year));
        Assert.NotEmpty(ranking?.Rows ?? []);
    }

    [Fact]
    public async Task Bad_input_through_the_client_is_the_same_problem_as_through_plain_http()
    {
        var app = api.App;
        var token = await app.TokenForAsync(Role.UnitOfficer, "P01");
        var client = DxMonitorClients.Create(app.Address, token, app.Client(language: "en"));
        const string path = "/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2024Q5";

        var thrown = await Assert.ThrowsAsync<ValidationProblemDetails>(() =>
            client.Api.V1.Values["PRV.MOBILE_SUBSCRIBERS"]["P01"]["2024Q5"].PutAsync(new ValueWrite { Value = 10 }));
        var raw = await Problems.AssertProblemAsync(await app.Client(token).PutAsJsonAsync(path, new { value = 10 }), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(422, thrown.ResponseStatusCode);
        Assert.Equal((raw.GetProperty("title").GetString(), raw.GetProperty("status").GetInt32()), (thrown.Title, thrown.Status));
        var rawErrors = raw.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()).ToList());
        var clientErrors = thrown.Errors!.AdditionalData.ToDictionary(e => e.Key, e => Messages(e.Value));
        Assert.Equal(rawErrors, clientErrors);
        Assert.Contains("period", clientErrors.Keys);
    }

    /// <summary>The ranking once the monitoring engine has computed it (it runs after each write); null before.</summary>
    private static async Task<RankingResponse?> RankingAsync(DxMonitorApiClient client)
    {
        try
        {
            return await client.Api.V1.Rankings["DTI-PRV"][2024].GetAsync();
        }
        catch (ProblemDetails problem) when (problem.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>Kiota keeps an unknown member's array as untyped nodes; they hold the messages.</summary>
    private static List<string?> Messages(object value) => value switch
    {
        Microsoft.Kiota.Abstractions.Serialization.UntypedArray array => [.. array.GetValue().OfType<Microsoft.Kiota.Abstractions.Serialization.UntypedString>().Select(s => s.GetValue())],
        _ => throw new InvalidOperationException($"Unexpected {value.GetType()}"),
    };
}
