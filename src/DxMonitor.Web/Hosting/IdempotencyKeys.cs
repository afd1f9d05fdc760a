using System.Security.Cryptography;
using DxMonitor.Data;
using DxMonitor.Data.Idempotency;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header) on the ingests marked <see cref="Idempotent{TBuilder}"/>:
/// the first successful answer to a key is stored in the database with a hash of the body; a retry with the same key
/// and body gets that answer again (marked Idempotent-Replayed) without doing the work twice, on any instance; the
/// same key with another body is a 422 problem naming Idempotency-Key. Failed attempts are not stored (they stored
/// nothing), so they may be retried with the same key. Keys are kept <see cref="Retention"/>.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    /// <summary>Marks an operation whose retries an Idempotency-Key makes safe.</summary>
    public sealed class Marker;

    public static TBuilder Idempotent<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Marker());

    public static void UseIdempotencyKeys(this WebApplication app) => app.Use(InvokeAsync);

    private static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<Marker>() is null || !http.Request.Headers.TryGetValue(Header, out var header)
            || http.User.Identity is not { IsAuthenticated: true, Name: { } user })
        {
            await next(http);
            return;
        }
        var key = header.ToString();
        if (key.Length is 0 or > MaxKeyLength)
        {
            await RefuseAsync(http, ApiText.Texts.Format("IdempotencyKeyLength", MaxKeyLength));
            return;
        }
        var scope = $"{user} {http.Request.Method} {http.Request.Path}";
        scope = scope[..Math.Min(scope.Length, 300)];
        await using var services = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<DxDbContext>();
        var stored = await db.IdempotentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, http.RequestAborted);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var body = new HashingStream(http.Request.Body, hash);
        if (stored is not null)
        {
            await body.CopyToAsync(Stream.Null, http.RequestAborted);
            if (body.Hash() != stored.RequestHash)
            {
                await RefuseAsync(http, ApiText.Texts.Format("IdempotencyKeyReused"));
                return;
            }
            http.Response.StatusCode = stored.StatusCode;
            http.Response.ContentType = stored.ContentType;
            http.Response.Headers[ReplayedHeader] = "true";
            await http.Response.Body.WriteAsync(stored.ResponseBody, http.RequestAborted);
            return;
        }
        http.Request.Body = body;
        var answer = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = answer;
            http.Request.Body = body.Inner;
        }
        if (http.Response.StatusCode is >= 200 and < 300)
        {
            await body.CopyToAsync(Stream.Null, http.RequestAborted);
            await StoreAsync(db, new IdempotentRequest
            {
                Scope = scope,
                Key = key,
                RequestHash = body.Hash(),
                StatusCode = http.Response.StatusCode,
                ContentType = http.Response.ContentType ?? "application/json",
                ResponseBody = buffer.ToArray(),
                CreatedAt = services.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            });
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(answer, http.RequestAborted);
    }

    private static async Task StoreAsync(DxDbContext db, IdempotentRequest request)
    {
        // Not the request's token: once the work is done and answered, storing the answer must not be cut short.
        await db.IdempotentRequests.Where(r => r.CreatedAt < request.CreatedAt - Retention).ExecuteDeleteAsync(CancellationToken.None);
        db.IdempotentRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // A concurrent attempt with the same key finished first; both did the same (idempotent) work.
        }
    }

    private static async Task RefuseAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [Header] = [message] })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = ApiText.Texts.Format("InvalidInputTitle"),
        };
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new() { HttpContext = http, ProblemDetails = problem });
    }
}
