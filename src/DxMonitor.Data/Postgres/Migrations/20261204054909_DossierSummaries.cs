using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DossierSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_closed_counts",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<int>(type: "integer", nullable: false),
                    Digitised = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_closed_counts", x => new { x.UnitId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "dossier_overdue_counts",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    DueMonth = table.Column<int>(type: "integer", nullable: false),
                    FinishedMonth = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_overdue_counts", x => new { x.UnitId, x.DueMonth, x.FinishedMonth });
                });

            migrationBuilder.CreateTable(
                name: "dossier_received_counts",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Online = table.Column<int>(type: "integer", nullable: false),
                    FullyOnline = table.Column<int>(type: "integer", nullable: false),
                    WithFee = table.Column<int>(type: "integer", nullable: false),
                    PaidOnline = table.Column<int>(type: "integer", nullable: false),
                    PortalSent = table.Column<int>(type: "integer", nullable: false),
                    Portal = table.Column<int>(type: "integer", nullable: false),
                    SyncedSent = table.Column<int>(type: "integer", nullable: false),
                    Synced = table.Column<int>(type: "integer", nullable: false),
                    InputSent = table.Column<int>(type: "integer", nullable: false),
                    Input = table.Column<int>(type: "integer", nullable: false),
                    ReuseSent = table.Column<int>(type: "integer", nullable: false),
                    Reused = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_received_counts", x => new { x.UnitId, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_DueAt_not_on_time",
                table: "dossiers",
                column: "DueAt",
                filter: "\"Outcome\" <> 1");

            // Dossiers stored before this version are counted into the new summary rows.
            migrationBuilder.Sql(DxMonitor.Data.Dossiers.Summaries.DossierSummaries.RebuildSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_closed_counts");

            migrationBuilder.DropTable(
                name: "dossier_overdue_counts");

            migrationBuilder.DropTable(
                name: "dossier_received_counts");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_DueAt_not_on_time",
                table: "dossiers");
        }
    }
}
