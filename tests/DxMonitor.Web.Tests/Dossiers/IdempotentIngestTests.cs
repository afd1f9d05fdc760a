using System.Net;
using System.Net.Http.Headers;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Dossiers;

/// <summary>A province's system retries an ingest it did not hear back from: with the same Idempotency-Key, nothing doubles.</summary>
public sealed class IdempotentIngestTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_retried_ingest_with_the_same_key_gets_the_first_answer_and_stores_nothing_twice(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));
        var csv = DossierFiles.SampleCsv("P01");
        var key = Guid.NewGuid().ToString();

        var first = await officer.SendAsync(Stream(csv, key));
        var batches = await app.QueryAsync(db => db.DossierBatches.CountAsync());
        var retried = await officer.SendAsync(Stream(csv, key));
        var otherBody = await officer.SendAsync(Stream(DossierFiles.Csv(DossierFiles.Header), key));
        var batchesAfterRetries = await app.QueryAsync(db => db.DossierBatches.CountAsync());
        var withoutKey = await officer.SendAsync(Stream(csv, key: null));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("true", retried.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retried.Content.ReadAsStringAsync());
        await Problems.AssertFieldErrorAsync(otherBody, HttpStatusCode.UnprocessableEntity, "Idempotency-Key", "another request body");
        Assert.Equal(batches, batchesAfterRetries);
        Assert.Equal(HttpStatusCode.OK, withoutKey.StatusCode); // without a key, a resend is a new ingest (upserted by dossier id)
        Assert.Equal(batches + 1, await app.QueryAsync(db => db.DossierBatches.CountAsync()));
    }

    private static HttpRequestMessage Stream(byte[] csv, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers/stream") { Content = new ByteArrayContent(csv) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return request;
    }
}
