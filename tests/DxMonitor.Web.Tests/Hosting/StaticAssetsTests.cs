using System.Net;
using System.Text.RegularExpressions;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Hosting;

/// <summary>Pages name their styles and scripts (and the chart library their script fetches) by fingerprint; those are sent compressed and cached for a year.</summary>
public sealed partial class StaticAssetsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Fact]
    public async Task The_dashboards_assets_are_fingerprinted_compressed_immutable_and_light_enough_for_a_phone()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = app.Address };

        var page = await client.GetStringAsync("/dashboard");
        var assets = Asset().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var sent = new List<(string Path, long Bytes, string? Encoding, string? Cache)>();
        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            sent.Add((asset, body.Length, response.Content.Headers.ContentEncoding.FirstOrDefault(), response.Headers.CacheControl?.ToString()));
        }

        Assert.Contains(assets, a => a.Contains("echarts", StringComparison.Ordinal));
        Assert.All(assets, a => Assert.Matches(@"\.[a-z0-9]{10}\.(css|js)$", a));
        Assert.All(sent, s => Assert.Equal("br", s.Encoding));
        Assert.All(sent, s => Assert.Contains("immutable", s.Cache, StringComparison.Ordinal));
        Assert.InRange(sent.Sum(s => s.Bytes) + page.Length, 0, 400 * 1024);
    }

    [GeneratedRegex("(?:src|href|data-echarts)=\"((?:css|js|lib)/[^\"]+)\"")]
    private static partial Regex Asset();
}
