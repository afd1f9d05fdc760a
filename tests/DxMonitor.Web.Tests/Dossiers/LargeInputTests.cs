using System.Net;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Dossiers;

/// <summary>A 2 GB input, generated as it is sent (nothing of that size is written anywhere).</summary>
public sealed class LargeInputTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const long TwoGigabytes = 2L * 1024 * 1024 * 1024;
    private const string BadRow = "HS-1,P01,1.001234,online,full,31/03/2025 08:00,,,received,,";

    [Fact]
    public async Task A_2_GB_upload_is_refused_at_once_with_413_pointing_to_the_stream()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        using var client = await UnbufferedClientAsync(app);
        var body = new GeneratedStream(Header, BadRow, TwoGigabytes);
        var content = new MultipartFormDataContent { { new StreamContent(body), "file", "ho-so.csv" } };
        content.Headers.ContentLength = TwoGigabytes + 200;

        var response = await client.PostAsync("/api/v1/dossiers/import", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("/api/v1/dossiers/stream", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(body.BytesRead < TwoGigabytes / 4, $"{body.BytesRead} bytes were sent before the answer.");
    }

    [Fact]
    public async Task A_2_GB_stream_is_read_as_it_comes_and_answered_after_the_problem_limit()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        using var client = await UnbufferedClientAsync(app);
        var body = new GeneratedStream(Header, BadRow, TwoGigabytes);

        var response = await StreamAsync(client, body, "text/csv", TwoGigabytes);

        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.UnprocessableEntity, "row 101, column F (received_at)", "is not a time");
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("stopped").GetBoolean());
        Assert.Contains("Reading stopped at row 100 after 100 problems", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Dossiers.CountAsync()));
    }

    /// <summary>
    /// A plain client on the app's socket: the factory's client buffers request bodies (to replay them on
    /// redirects), which a 2 GB body must not be.
    /// </summary>
    private static async Task<HttpClient> UnbufferedClientAsync(TestApp app)
    {
        var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
        var client = new HttpClient(handler) { BaseAddress = app.Address, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenForAsync(Role.NationalAnalyst));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        // Ask before sending the body, as curl does for large uploads, so that a refusal costs no upload.
        client.DefaultRequestHeaders.ExpectContinue = true;
        return client;
    }

    [Fact]
    public async Task A_stream_over_the_configured_limit_is_a_413()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string> { ["Dossiers:MaxStreamBytes"] = "4096" });
        // Both ask before sending: a server that refuses a body part-way closes the connection, and a client still
        // sending could then see the connection reset instead of the answer.
        using var client = await UnbufferedClientAsync(app);

        var declared = await StreamAsync(client, new GeneratedStream(Header, BadRow, 10_000), "text/csv", 10_000);
        var chunked = await StreamAsync(client, new GeneratedStream(Header, "HS-1,P01,1.001234,in_person,,2025-03-01 08:00,,,received,,", 10_000), "text/csv");

        await Problems.AssertProblemAsync(declared, HttpStatusCode.RequestEntityTooLarge);
        await Problems.AssertProblemAsync(chunked, HttpStatusCode.RequestEntityTooLarge);
    }
}
