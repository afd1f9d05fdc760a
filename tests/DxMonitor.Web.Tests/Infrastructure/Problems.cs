using System.Net;
using System.Text.Json;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>Reads RFC 7807 problem details and asserts on them.</summary>
public static class Problems
{
    /// <summary>The body of a successful response; a failure shows its status and problem.</summary>
    public static async Task<JsonElement> AssertOkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts the problem names <paramref name="field"/> with a message containing <paramref name="fragment"/>.</summary>
    public static async Task AssertFieldErrorAsync(HttpResponseMessage response, HttpStatusCode status, string field, string fragment)
    {
        var problem = await AssertProblemAsync(response, status);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No errors in {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains(fragment, StringComparison.Ordinal));
    }
}
