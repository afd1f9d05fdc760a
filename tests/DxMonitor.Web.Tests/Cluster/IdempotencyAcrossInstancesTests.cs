using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>The Idempotency-Key is kept in the database: a retry that the balancer sends to the other instance is still a replay.</summary>
[Collection(OnTwoInstances.Name)]
public sealed class IdempotencyAcrossInstancesTests(TwoInstances instances)
{
    [Fact]
    public async Task A_batch_retried_on_the_other_instance_is_answered_from_the_first()
    {
        var body = new
        {
            dossiers = new[] { new { dossierId = "IDEM-1", unit = "P01", procedure = "1.001234", channel = "online", onlineScope = "full",
            receivedAt = "2025-05-02T08:00:00+07:00", dueAt = (string?)null, finishedAt = (string?)null, status = "received", paidOnline = (bool?)null } }
        };
        var key = Guid.NewGuid().ToString();

        var onA = await SendAsync(instances.A.Address, body, key);
        var onB = await SendAsync(instances.B.Address, body, key);

        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal("true", onB.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await onA.Content.ReadAsStringAsync(), await onB.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> SendAsync(Uri instance, object body, string key)
    {
        using var client = new HttpClient { BaseAddress = instance };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Infrastructure.ProductProcess.AdminToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers/batch") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
