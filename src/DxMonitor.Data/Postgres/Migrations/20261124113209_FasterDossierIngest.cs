using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FasterDossierIngest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_dossiers_units_UnitId",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_Outcome_UnitId",
                table: "dossiers");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "dossiers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<long>(
                name: "BatchId",
                table: "dossiers",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "BatchRow",
                table: "dossiers",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_Outcome_UnitId",
                table: "dossiers",
                columns: new[] { "Outcome", "UnitId" },
                filter: "\"Outcome\" IN (0, 2)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossiers_Outcome_UnitId",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "BatchId",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "BatchRow",
                table: "dossiers");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "dossiers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_Outcome_UnitId",
                table: "dossiers",
                columns: new[] { "Outcome", "UnitId" });

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
