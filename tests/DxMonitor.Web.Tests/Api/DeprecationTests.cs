using System.Text.Json;
using DxMonitor.Web.Hosting;
using DxMonitor.Web.Hosting.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DxMonitor.Web.Tests.Api;

/// <summary>
/// No operation of /api/v1 is deprecated today; this is how one will be (docs/api.md, "Versions"), shown on a route
/// of a small host with the API's own conventions and document.
/// </summary>
public sealed class DeprecationTests
{
    [Fact]
    public async Task A_deprecated_operation_answers_with_Deprecation_Sunset_and_a_link_and_is_marked_in_the_document()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddApiDocument();
        await using var app = builder.Build();
        app.MapGroup("/api/v1").WithApiConventions()
            .MapGet("/old", () => TypedResults.Ok(new { value = 1 }))
            .Deprecated(new DateOnly(2026, 7, 1), new DateOnly(2027, 1, 1), "https://dxmonitor.example.gov.vn/docs/api#versions");
        app.MapOpenApi("/openapi/{documentName}.json");
        await app.StartAsync();
        var client = app.GetTestClient();

        var answer = await client.GetAsync("/api/v1/old");
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Equal("@1782864000", answer.Headers.GetValues("Deprecation").Single());
        Assert.Equal("Fri, 01 Jan 2027 00:00:00 GMT", answer.Headers.GetValues("Sunset").Single());
        Assert.Equal("<https://dxmonitor.example.gov.vn/docs/api#versions>; rel=\"deprecation\"; type=\"text/html\"", answer.Headers.GetValues("Link").Single());
        var operation = document.GetProperty("paths").GetProperty("/api/v1/old").GetProperty("get");
        Assert.True(operation.GetProperty("deprecated").GetBoolean());
        Assert.Contains("answers until 2027-01-01", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
