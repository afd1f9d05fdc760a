using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DxMonitor.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DossierLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Facts",
                table: "dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PausedDays",
                table: "dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Supplements",
                table: "dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Facts",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "PausedDays",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "Supplements",
                table: "dossiers");
        }
    }
}
