using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddPortals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "portals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastEvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_portals_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "portal_evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PortalId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMs = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_portal_evaluations_portals_PortalId",
                        column: x => x.PortalId,
                        principalTable: "portals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "portal_check_scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Points = table.Column<double>(type: "REAL", nullable: false),
                    Measured = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotMeasuredReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_check_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_portal_check_scores_portal_evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "portal_evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "portal_findings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Points = table.Column<double>(type: "REAL", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EvidenceUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceHeader = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceElement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceMetric = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_portal_findings_portal_evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "portal_evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_portal_check_scores_EvaluationId",
                table: "portal_check_scores",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_portal_evaluations_PortalId_StartedAt",
                table: "portal_evaluations",
                columns: new[] { "PortalId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_findings_EvaluationId",
                table: "portal_findings",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_portals_LastEvaluatedAt",
                table: "portals",
                column: "LastEvaluatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_portals_UnitId_Url",
                table: "portals",
                columns: new[] { "UnitId", "Url" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "portal_check_scores");

            migrationBuilder.DropTable(
                name: "portal_findings");

            migrationBuilder.DropTable(
                name: "portal_evaluations");

            migrationBuilder.DropTable(
                name: "portals");
        }
    }
}
