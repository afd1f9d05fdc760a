using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Dossiers;

public sealed class DossierAccessTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_cannot_send_or_read_another_units_dossiers(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var national = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(national, SampleCsv("P04"))).StatusCode);
        var hanoi = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "can.bo.ha.noi"));
        var before = await app.QueryAsync(db => db.Dossiers.CountAsync());

        var mixed = await UploadAsync(hanoi, SampleCsv("P01", "P04"));
        var figures = await hanoi.GetAsync("/api/v1/dossiers/figures?unit=P04&period=2025Q2");
        var late = await hanoi.GetAsync("/api/v1/dossiers/late?unit=P04");
        var export = await hanoi.GetAsync("/api/v1/dossiers/late/export.csv?unit=P04");
        var explain = await hanoi.PutAsJsonAsync("/api/v1/dossiers/P04/H/explanation", new { reason = "x", remedy = "y" });
        var nationWide = await hanoi.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/late");
        var anonymous = await app.Client().GetAsync("/api/v1/dossiers/late");

        var problem = await Problems.AssertProblemAsync(mixed, HttpStatusCode.Forbidden);
        Assert.Equal("row 9, column B (unit)", problem.GetProperty("field").GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.Dossiers.CountAsync()));
        await Problems.AssertProblemAsync(figures, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(late, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        await Problems.AssertProblemAsync(explain, HttpStatusCode.NotFound);
        Assert.All(nationWide.GetProperty("items").EnumerateArray(), d => Assert.Equal("P01", d.GetProperty("unit").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_leader_reads_but_cannot_send()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var leader = app.Client(await app.TokenForAsync(Role.Leader, "P01", user: "lanh.dao"));

        var send = await UploadAsync(leader, SampleCsv("P01"));
        var read = await leader.GetAsync("/api/v1/dossiers/figures?unit=P01&period=2025");

        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}
