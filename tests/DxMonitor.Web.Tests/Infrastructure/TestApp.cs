using DxMonitor.Data;
using DxMonitor.Data.Access;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>The real web host on a real Kestrel socket, over its own fresh database.</summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private TestApp(TestDatabase database, IReadOnlyDictionary<string, string>? settings)
    {
        _database = database;
        _settings = settings ?? new Dictionary<string, string>();
        UseKestrel(0);
    }

    public const string AdminPassword = "Mật-khẩu-quản-trị-2026";

    public DatabaseProvider Provider => _database.Provider;

    public Uri Address => ClientOptions.BaseAddress;

    /// <summary>Starts the app on a fresh database; <paramref name="settings"/> override configuration keys.</summary>
    public static async Task<TestApp> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new TestApp(await TestDatabase.CreateAsync(provider), settings);
        app.StartServer();
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", _database.ConnectionString);
        builder.UseSetting("Admin:ApiToken", "dxm_test-admin-token-000000000000000000000");
        builder.UseSetting("Api:MaxRequestBodyBytes", "65536");
        builder.UseSetting("Api:MaxBatchSize", "200");
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Accounts:ApiRequestsPerMinute", "1000000");
        builder.UseSetting("Accounts:SignInsPerMinute", "1000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// A client of the app, signed in by <paramref name="token"/> when one is given. A program with a token asks
    /// for English texts (Accept-Language: en), which the API tests assert; a client passing
    /// <paramref name="language"/> null gets the product's default, Vietnamese.
    /// </summary>
    public HttpClient Client(string? token = null, string? language = "en")
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        return client;
    }

    /// <summary>Issues a real API token for a user, stored hashed like any other.</summary>
    public async Task<string> TokenForAsync(Role role, string? unitCode = null, bool descendants = false,
        TimeSpan? lifetime = null, bool revoked = false, string user = "tester")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        int? unitId = unitCode is null ? null : await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var secret = ApiTokenSecrets.NewSecret();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        db.ApiTokens.Add(new ApiToken
        {
            Name = "test",
            UserName = user,
            Role = role,
            UnitId = unitId,
            IncludesDescendants = descendants,
            SecretHash = ApiTokenSecrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now + (lifetime ?? TimeSpan.FromDays(1)),
            RevokedAt = revoked ? now : null,
        });
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>Creates a user who signs in with a password, through Identity like the administration API does.</summary>
    public async Task CreateUserAsync(string name, string password, Role role = Role.UnitOfficer, string? unitCode = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        int? unitId = unitCode is null ? null : await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(new AppUser { UserName = name, Role = role, UnitId = unitId }, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public async Task<T> QueryAsync<T>(Func<DxDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DxDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
