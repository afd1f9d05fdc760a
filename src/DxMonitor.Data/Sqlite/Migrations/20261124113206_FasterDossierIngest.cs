using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
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
