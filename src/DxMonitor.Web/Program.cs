using DxMonitor.Web.Accounts;
using DxMonitor.Web.Alerts;
using DxMonitor.Web.Alerts.Notifications;
using DxMonitor.Web.Audit;
using DxMonitor.Web.Calendar;
using DxMonitor.Web.Dashboards;
using DxMonitor.Web.Demo;
using DxMonitor.Web.Dossiers;
using DxMonitor.Web.Feedback;
using DxMonitor.Web.Home;
using DxMonitor.Web.Hosting;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Layout;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Metadata;
using DxMonitor.Web.Methodologies;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Operations;
using DxMonitor.Web.Periods;
using DxMonitor.Web.Portals;
using DxMonitor.Web.Procedures;
using DxMonitor.Web.Progress;
using DxMonitor.Web.Projects;
using DxMonitor.Web.Rankings;
using DxMonitor.Web.Registries;
using DxMonitor.Web.Reporting;
using DxMonitor.Web.Rollups;
using DxMonitor.Web.ServiceIndex;
using DxMonitor.Web.Sources;
using DxMonitor.Web.Targets;
using DxMonitor.Web.Units;
using DxMonitor.Web.Users;
using DxMonitor.Web.Values;

if (OperatorCommands.Recognises(args))
{
    return OperatorCommands.Run(args);
}

var demo = DemoMode.Take(ref args);
var builder = WebApplication.CreateBuilder(args);
// Run from the build output (dotnet run, the tests) in any environment, the static assets are found through the
// build's manifest, as Development does by itself; published output has no such manifest and is left alone.
builder.WebHost.UseStaticWebAssets();

builder.AddForwardedRequests();
builder.AddSecurityHeaders();
if (demo)
{
    builder.UseDemo();
}
builder.AddDemo();
builder.AddDatabase();
builder.AddApiConventions();
builder.AddAccounts();
builder.AddLocalizedPages();
builder.AddLeases();
builder.AddMonitoring();
builder.AddAlertNotifications();
builder.AddNotificationOutbox();
builder.AddImportExport();
builder.AddProjects();
builder.AddReporting();
builder.AddDossiers();
builder.AddPortals();
builder.AddDashboards();
builder.AddSharedKeys();
builder.AddHealth();

await using var app = builder.Build();

// The real client (from configured proxies only) before anything reads its address or scheme; then the headers and
// cookie rules every answer gets, static files and problems included.
app.UseForwardedHeaders();
app.UseSecurityHeaders();
// The request's culture next, so that the exception handler and the status-code pages answer in it too.
app.UseLocalizedPages();
app.UseApiConventions();
app.UseAuthentication();
app.UseForcedPasswordChange();
app.UseAuthorization();
app.UsePagePostAccess();
app.UseRateLimiter();
app.UseIdempotencyKeys();
app.UseAntiforgery();

var api = app.MapGroup("/api/v1").RequireRateLimiting(RequestLimits.Api).WithApiConventions();
api.MapUnits();
api.MapPeriods();
api.MapIndicators();
api.MapTargets();
api.MapSources();
api.MapValues();
api.MapImportExport();
api.MapRollups();
api.MapProgress();
api.MapRankings();
api.MapMethodologies();
api.MapMetadata();
api.MapAlerts();
api.MapNotifications();
api.MapCalendar();
api.MapProcedures();
api.MapUsers();
api.MapAudit();
api.MapReporting();
api.MapProjects();
api.MapRegistries();
api.MapDossiers();
api.MapFeedback();
api.MapServiceIndex();
api.MapPortals();
api.MapDashboards();
api.MapVersion();
app.MapOpenApi("/openapi/{documentName}.json");
app.MapHealth();
app.MapSignIn();
// Styles, scripts and maps: compressed at build (gzip, and Brotli when published), with ETags, and cached for a year
// under fingerprinted names (@Assets["…"] in the pages), so a page's second view downloads none of them.
app.MapStaticAssets();
app.MapPages().AllowPageUploads(app.Services);

if (!await app.SetUpDatabaseAsync())
{
    return 1;
}
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
