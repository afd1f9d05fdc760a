using DxMonitor.Data.Access;
using DxMonitor.Data.Leases;
using DxMonitor.Data.Monitoring;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Calendar;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Portals;
using DxMonitor.Domain.Procedures;
using DxMonitor.Domain.Projects;
using DxMonitor.Domain.Registries;
using DxMonitor.Domain.Reporting;
using DxMonitor.Domain.Sources;
using DxMonitor.Domain.Targets;
using DxMonitor.Domain.Units;
using DxMonitor.Domain.Values;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data;

/// <summary>
/// The one database context. Each provider has a subclass (<see cref="Sqlite.SqliteDxDbContext"/>,
/// <see cref="Postgres.PostgresDxDbContext"/>) only so that each keeps its own migrations. It also holds the
/// data-protection keys that sign cookies and antiforgery tokens, so that every instance accepts them (ADR 021).
/// </summary>
public abstract class DxDbContext(DbContextOptions options) : IdentityUserContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<OrgUnit> Units => Set<OrgUnit>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<UnitGroup> UnitGroups => Set<UnitGroup>();
    public DbSet<SourceDocument> Sources => Set<SourceDocument>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<DataValue> DataValues => Set<DataValue>();
    public DbSet<DataValueChange> DataValueChanges => Set<DataValueChange>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AccountChange> AccountChanges => Set<AccountChange>();
    public DbSet<ReportingRound> Rounds => Set<ReportingRound>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ReportEntry> ReportEntries => Set<ReportEntry>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectMilestone> ProjectMilestones => Set<ProjectMilestone>();
    public DbSet<ProjectYearPlan> ProjectYearPlans => Set<ProjectYearPlan>();
    public DbSet<ProjectDocument> ProjectDocuments => Set<ProjectDocument>();
    public DbSet<RegistryEntry> RegistryEntries => Set<RegistryEntry>();
    public DbSet<RecordChange> RecordChanges => Set<RecordChange>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<Domain.Feedback.FeedbackRecord> Feedback => Set<Domain.Feedback.FeedbackRecord>();
    public DbSet<Domain.Feedback.DossierRating> DossierRatings => Set<Domain.Feedback.DossierRating>();
    public DbSet<DossierExplanation> DossierExplanations => Set<DossierExplanation>();
    public DbSet<DossierBatch> DossierBatches => Set<DossierBatch>();
    public DbSet<Dossiers.Summaries.DossierReceivedCount> DossierReceivedCounts => Set<Dossiers.Summaries.DossierReceivedCount>();
    public DbSet<Dossiers.Summaries.DossierClosedCount> DossierClosedCounts => Set<Dossiers.Summaries.DossierClosedCount>();
    public DbSet<Dossiers.Summaries.DossierOverdueCount> DossierOverdueCounts => Set<Dossiers.Summaries.DossierOverdueCount>();
    public DbSet<Portal> Portals => Set<Portal>();
    public DbSet<PortalEvaluation> PortalEvaluations => Set<PortalEvaluation>();
    public DbSet<PortalFinding> PortalFindings => Set<PortalFinding>();
    public DbSet<RankingPublication> RankingPublications => Set<RankingPublication>();
    public DbSet<IndexMethodology> IndexMethodologies => Set<IndexMethodology>();
    public DbSet<EngineChange> EngineChanges => Set<EngineChange>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<NotificationDelivery> NotificationDeliveries => Set<NotificationDelivery>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<CalendarAdjustment> CalendarAdjustments => Set<CalendarAdjustment>();
    public DbSet<Domain.ServiceIndex.ServiceIndexVersion> ServiceIndexVersions => Set<Domain.ServiceIndex.ServiceIndexVersion>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<Idempotency.IdempotentRequest> IdempotentRequests => Set<Idempotency.IdempotentRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DxDbContext).Assembly);
    }
}
