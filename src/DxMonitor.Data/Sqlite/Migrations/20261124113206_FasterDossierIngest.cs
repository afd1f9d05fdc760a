using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FasterDossierIngest : Migration
    {
        /// <summary>
        /// Adds the batch columns and drops the foreign key from dossiers to units. SQLite drops a foreign key by rebuilding
        /// the table, which EF would do with foreign keys switched off outside a transaction (a process stopped half-way
        /// left a database the next start could not migrate, and EF warned so at every first run). No table refers to
        /// dossiers, so the rebuild needs no such switch: it is written out here, the same statements as EF's, and runs
        /// in the migration's one transaction, all or nothing (ADR 024).
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BatchId",
                table: "dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "BatchRow",
                table: "dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_dossiers" (
                    "UnitId" INTEGER NOT NULL,
                    "Number" TEXT NOT NULL,
                    "BatchId" INTEGER NULL,
                    "BatchRow" INTEGER NULL,
                    "Channel" INTEGER NOT NULL,
                    "Digitised" INTEGER NOT NULL,
                    "DueAt" TEXT NULL,
                    "DueMonth" INTEGER NULL,
                    "FinishedAt" TEXT NULL,
                    "FinishedMonth" INTEGER NULL,
                    "Outcome" INTEGER NOT NULL,
                    "PaidOnline" INTEGER NULL,
                    "ProcedureCode" TEXT NOT NULL,
                    "ReceivedAt" TEXT NOT NULL,
                    "ReceivedMonth" INTEGER NOT NULL,
                    "Scope" INTEGER NULL,
                    "Status" INTEGER NOT NULL,
                    "UpdatedAt" TEXT NOT NULL,
                    CONSTRAINT "PK_dossiers" PRIMARY KEY ("UnitId", "Number")
                );
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_dossiers" ("UnitId", "Number", "BatchId", "BatchRow", "Channel", "Digitised", "DueAt", "DueMonth", "FinishedAt", "FinishedMonth", "Outcome", "PaidOnline", "ProcedureCode", "ReceivedAt", "ReceivedMonth", "Scope", "Status", "UpdatedAt")
                SELECT "UnitId", "Number", "BatchId", "BatchRow", "Channel", "Digitised", "DueAt", "DueMonth", "FinishedAt", "FinishedMonth", "Outcome", "PaidOnline", "ProcedureCode", "ReceivedAt", "ReceivedMonth", "Scope", "Status", "UpdatedAt"
                FROM "dossiers";
                """);
            migrationBuilder.Sql("""DROP TABLE "dossiers";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_dossiers" RENAME TO "dossiers";""");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_Outcome_UnitId",
                table: "dossiers",
                columns: new[] { "Outcome", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BatchId",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "BatchRow",
                table: "dossiers");

            migrationBuilder.AddForeignKey(
                name: "FK_dossiers_units_UnitId",
                table: "dossiers",
                column: "UnitId",
                principalTable: "units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
