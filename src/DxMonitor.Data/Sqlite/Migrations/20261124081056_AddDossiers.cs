using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_batches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Rows = table.Column<long>(type: "INTEGER", nullable: false),
                    Units = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dossier_explanations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Remedy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExplainedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ExplainedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_explanations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_explanations_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidOnline = table.Column<bool>(type: "INTEGER", nullable: true),
                    Digitised = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    DueMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    FinishedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossiers", x => new { x.UnitId, x.Number });
                    table.ForeignKey(
                        name: "FK_dossiers_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dossier_explanations_UnitId_DossierNumber",
                table: "dossier_explanations",
                columns: new[] { "UnitId", "DossierNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_Outcome_UnitId",
                table: "dossiers",
                columns: new[] { "Outcome", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_batches");

            migrationBuilder.DropTable(
                name: "dossier_explanations");

            migrationBuilder.DropTable(
                name: "dossiers");
        }
    }
}
