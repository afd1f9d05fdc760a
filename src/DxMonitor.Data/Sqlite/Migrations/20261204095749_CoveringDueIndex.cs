using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoveringDueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossiers_DueAt_not_on_time",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_DueAt_not_on_time",
                table: "dossiers",
                columns: new[] { "DueAt", "UnitId", "FinishedMonth" },
                filter: "\"Outcome\" <> 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossiers_DueAt_not_on_time",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_DueAt_not_on_time",
                table: "dossiers",
                column: "DueAt",
                filter: "\"Outcome\" <> 1");
        }
    }
}
