using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace DxMonitor.Client;

/// <summary>Makes a <see cref="DxMonitorApiClient"/> for a DxMonitor server, signed in by a personal API token or anonymous.</summary>
public static class DxMonitorClients
{
    /// <summary>
    /// A client of the server at <paramref name="baseAddress"/> (e.g. https://dxmonitor.example.gov.vn) sending
    /// <paramref name="token"/> (dxm_…) as a bearer token, or nothing for the public reads. Pass your own
    /// <paramref name="http"/> to add handlers (retries honouring Retry-After, logging); its lifetime stays yours.
    /// </summary>
    public static DxMonitorApiClient Create(Uri baseAddress, string? token = null, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        IAuthenticationProvider authentication = token is null ? new AnonymousAuthenticationProvider() : new BearerToken(token);
        var adapter = http is null ? new HttpClientRequestAdapter(authentication) : new HttpClientRequestAdapter(authentication, httpClient: http);
        adapter.BaseUrl = baseAddress.GetLeftPart(UriPartial.Authority);
        return new DxMonitorApiClient(adapter);
    }

    /// <summary>Kiota's ApiKeyAuthenticationProvider would refuse the plain http of a test or an internal network.</summary>
    private sealed class BearerToken(string token) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            request.Headers.TryAdd("Authorization", "Bearer " + token);
            return Task.CompletedTask;
        }
    }
}
